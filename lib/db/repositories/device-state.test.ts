// The device state repository cases on PGlite (in memory) and on PostgreSQL (TEST_DATABASE_URL; fails — never
// skips — without it, like repositories-postgres.test.ts).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createDatabase, IN_MEMORY } from '../create-database';
import type { Database, DatabaseHandle } from '../database';
import { createTestDatabase, requireTestDatabaseUrl } from '../test-support/postgres-test-database';
import { defineDeviceStateCases } from './device-state-cases.test-helpers';
import { insertTenant } from './tenants';

function describeOn(label: string, open: () => Promise<DatabaseHandle>, cleanUp: () => Promise<void> = async () => {}) {
  describe(`device state repositories on ${label}`, () => {
    let handle: DatabaseHandle | undefined;
    const db = (): Database => {
      if (!handle) throw new Error('database not opened');
      return handle.db;
    };
    beforeAll(async () => {
      handle = await open();
    });
    afterAll(async () => {
      await handle?.close();
      await cleanUp();
    });
    defineDeviceStateCases(db, async () => (await insertTenant(db(), { displayName: 'Contoso' })).id);
  });
}

describeOn('PGlite (in memory)', () => createDatabase({ dataDir: IN_MEMORY }));

const adminUrl = process.env.TEST_DATABASE_URL?.trim();
if (adminUrl) {
  let testDatabase: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  describeOn(
    'PostgreSQL',
    async () => {
      testDatabase = await createTestDatabase(adminUrl);
      return createDatabase({ databaseUrl: testDatabase.url, dataDir: 'unused' });
    },
    async () => {
      await testDatabase?.drop();
    },
  );
} else {
  describe('device state repositories on PostgreSQL', () => {
    it('needs TEST_DATABASE_URL', () => {
      requireTestDatabaseUrl();
    });
  });
}
