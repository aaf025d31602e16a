// One repository test suite, run against PGlite and against PostgreSQL (repositories-*.test.ts): the same
// schema, migrations and SQL must behave the same on both, including under concurrency.
import { describe } from 'vitest';
import type { DatabaseHandle } from '../database';
import { defineCertificationAuthorityCases } from './certification-authority-cases';
import { describeOnDatabase } from './describe-on-both-databases';
import { defineDirectoryCases } from './directory-cases';
import { defineIdentityCases } from './identity-cases';
import { defineIssuanceCases } from './issuance-cases';
import { defineLeafCertificateCases } from './leaf-certificate-cases';

export function describeRepositories(label: string, open: () => Promise<DatabaseHandle>): void {
  describeOnDatabase(`lib/db repositories on ${label}`, open, (db, newTenant) => {
    defineIdentityCases(db, newTenant);
    defineCertificationAuthorityCases(db, newTenant);
    defineIssuanceCases(db, newTenant);
    describe('leaf certificates', () => defineLeafCertificateCases(db, newTenant));
    defineDirectoryCases(db, newTenant);
  });
}
