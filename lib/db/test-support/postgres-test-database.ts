// A fresh, throw-away PostgreSQL database per test file, created from TEST_DATABASE_URL, so runs never see
// each other's rows and nothing is left behind. The role in the URL needs CREATEDB.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const POSTGRES_TEST_SETUP = [
  'TEST_DATABASE_URL is not set; the PostgreSQL half of the lib/db tests needs a server. Once:',
  '  pg_ctlcluster 15 main start',
  `  su postgres -c "psql -c \\"create user portal with password 'portal' createdb;\\" -c \\"create database portal owner portal;\\""`,
  'then run with TEST_DATABASE_URL=postgres://portal:portal@127.0.0.1:5432/portal',
].join('\n');

export function requireTestDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) throw new Error(POSTGRES_TEST_SETUP);
  return url;
}

export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cloud_pki_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
