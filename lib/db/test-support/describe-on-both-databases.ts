// Repository cases run against PGlite (in memory) and against PostgreSQL (TEST_DATABASE_URL; fails — never
// skips — without it, like repositories-postgres.test.ts): the same SQL must behave the same on both.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createDatabase, IN_MEMORY } from '../create-database';
import type { Database, DatabaseHandle } from '../database';
import { insertTenant } from '../repositories/tenants';
import { createTestDatabase, requireTestDatabaseUrl } from './postgres-test-database';

export type DefineRepositoryCases = (db: () => Database, newTenant: () => Promise<string>) => void;

/** The cases on one database, opened before them and closed (then cleaned up) after. */
export function describeOnDatabase(
  title: string,
  open: () => Promise<DatabaseHandle>,
  defineCases: DefineRepositoryCases,
  cleanUp: () => Promise<void> = async () => {},
): void {
  describe(title, () => {
    let handle: DatabaseHandle | undefined;
    const db = (): Database => {
      if (!handle) throw new Error('database not opened');
      return handle.db;
    };
    // Every case works in its own tenant, so cases do not see each other's rows.
    const newTenant = async () => (await insertTenant(db(), { displayName: 'Contoso' })).id;

    beforeAll(async () => {
      handle = await open();
    });
    afterAll(async () => {
      await handle?.close();
      await cleanUp();
    });

    defineCases(db, newTenant);
  });
}

/** The cases on PGlite, then on a fresh PostgreSQL database dropped afterwards. */
export function describeOnBothDatabases(subject: string, defineCases: DefineRepositoryCases): void {
  describeOnDatabase(`${subject} on PGlite (in memory)`, () => createDatabase({ dataDir: IN_MEMORY }), defineCases);

  const adminUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!adminUrl) {
    describe(`${subject} on PostgreSQL`, () => {
      it('needs TEST_DATABASE_URL', () => {
        requireTestDatabaseUrl(); // throws the setup instructions
      });
    });
    return;
  }
  let testDatabase: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  describeOnDatabase(
    `${subject} on PostgreSQL`,
    async () => {
      testDatabase = await createTestDatabase(adminUrl);
      return createDatabase({ databaseUrl: testDatabase.url, dataDir: 'unused' });
    },
    defineCases,
    async () => {
      await testDatabase?.drop();
    },
  );
}
