// The repository suite on PostgreSQL (production), in a fresh database. Fails — never skips — without
// TEST_DATABASE_URL; the message says how to provide one.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database';
import { describeRepositories } from './test-support/repository-suite';
import { createTestDatabase, requireTestDatabaseUrl } from './test-support/postgres-test-database';

const adminUrl = process.env.TEST_DATABASE_URL?.trim();

if (!adminUrl) {
  describe('lib/db repositories on PostgreSQL', () => {
    it('needs TEST_DATABASE_URL', () => {
      requireTestDatabaseUrl(); // throws the setup instructions
    });
  });
} else {
  let testDatabase: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  afterAll(async () => {
    await testDatabase?.drop();
  });

  describeRepositories('PostgreSQL', async () => {
    testDatabase = await createTestDatabase(adminUrl);
    return createDatabase({ databaseUrl: testDatabase.url, dataDir: 'unused' });
  });

  describe('PostgreSQL migrations', () => {
    let fresh: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
    beforeAll(async () => {
      fresh = await createTestDatabase(adminUrl);
    });
    afterAll(async () => {
      await fresh?.drop();
    });

    it('are applied once when several instances start together on an empty database', async () => {
      const open = () => createDatabase({ databaseUrl: fresh!.url, dataDir: 'unused' });
      const handles = await Promise.all([open(), open(), open()]);
      try {
        const applied = await handles[0]!.db.execute(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
        const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: unknown[] };
        expect((applied as unknown as { rows: unknown[] }).rows).toEqual([{ n: journal.entries.length }]);
      } finally {
        await Promise.all(handles.map((handle) => handle.close()));
      }
    });
  });
}
