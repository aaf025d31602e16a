// Leases for periodic jobs (CRL refresh): whoever holds an unexpired lease runs the job; the others skip it
// (docs/architecture.md › Scale-out).
import { and, eq, lt, or } from 'drizzle-orm';
import type { Database } from '../database';
import { leases } from '../schema';

export type LeaseRow = typeof leases.$inferSelect;

/**
 * Takes the lease if free, expired, or already ours (then renews it) — in one statement, so two instances
 * cannot both get it. True when `holder` now holds it until now + durationMs.
 */
export async function tryAcquireLease(
  db: Database,
  lease: { name: string; holder: string; durationMs: number; now?: Date },
): Promise<boolean> {
  const now = lease.now ?? new Date();
  const expiresDateTime = new Date(now.getTime() + lease.durationMs);
  const rows = await db
    .insert(leases)
    .values({ name: lease.name, holder: lease.holder, expiresDateTime })
    .onConflictDoUpdate({
      target: leases.name,
      set: { holder: lease.holder, expiresDateTime, lastModifiedDateTime: now },
      setWhere: or(lt(leases.expiresDateTime, now), eq(leases.holder, lease.holder)),
    })
    .returning({ name: leases.name });
  return rows.length > 0;
}

/** Gives the lease up early (job done, shutdown); only the holder can. */
export async function releaseLease(db: Database, name: string, holder: string): Promise<void> {
  await db
    .update(leases)
    .set({ expiresDateTime: new Date(0) }) // expired for every clock, not just ours
    .where(and(eq(leases.name, name), eq(leases.holder, holder)));
}
