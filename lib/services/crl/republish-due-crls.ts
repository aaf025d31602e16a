// The scheduled half of CRL publishing (republished every 3.5 days, valid 7): one instance at a
// time, under a database lease (docs/architecture.md › Scale-out), republishes every CRL that is due.
// No 'server-only': server.ts runs this under tsx, where that package throws.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '@/lib/db/database';
import { listCertificationAuthoritiesWithCrlDue } from '@/lib/db/repositories/certification-authorities';
import { releaseLease, tryAcquireLease } from '@/lib/db/repositories/leases';
import { CRL_REPUBLISH_MS, publishCrl } from './publish-crl';

const LEASE = 'crl-republish';
// Unique per process even where host names and pids repeat (containers all running as pid 1 under one name):
// two instances with one holder name would both "renew" the lease.
const HOLDER = `${hostname()}:${process.pid}:${randomUUID()}`;

export async function republishDueCrls(db: Database, now = new Date()): Promise<number> {
  if (!(await tryAcquireLease(db, { name: LEASE, holder: HOLDER, durationMs: 10 * 60_000, now }))) return 0;
  try {
    const due = await listCertificationAuthoritiesWithCrlDue(db, new Date(now.getTime() - CRL_REPUBLISH_MS));
    for (const caId of due) await publishCrl(db, caId, now);
    return due.length;
  } finally {
    await releaseLease(db, LEASE, HOLDER);
  }
}
