// One repository test suite, run against PGlite and against PostgreSQL (repositories-*.test.ts): the same
// schema, migrations and SQL must behave the same on both, including under concurrency.
import { afterAll, beforeAll, describe } from 'vitest';
import type { Database, DatabaseHandle } from '../database';
import { insertTenant } from '../repositories/tenants';
import { defineCertificationAuthorityCases } from './certification-authority-cases';
import { defineDirectoryCases } from './directory-cases';
import { defineIdentityCases } from './identity-cases';
import { defineIssuanceCases } from './issuance-cases';

export function describeRepositories(label: string, open: () => Promise<DatabaseHandle>): void {
  describe(`lib/db repositories on ${label}`, () => {
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
    });

    defineIdentityCases(db, newTenant);
    defineCertificationAuthorityCases(db, newTenant);
    defineIssuanceCases(db, newTenant);
    defineDirectoryCases(db, newTenant);
  });
}
