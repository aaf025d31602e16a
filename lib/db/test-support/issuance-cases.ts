// Repository cases: SCEP challenges and transactions, audit events, leases (leaf certificates: leaf-certificate-cases.ts).
import { expect, it } from 'vitest';
import type { Database } from '../database';
import { insertAuditEvent, listAuditEvents } from '../repositories/audit-events';
import { insertCertificationAuthority } from '../repositories/certification-authorities';
import { insertLeafCertificate } from '../repositories/leaf-certificates';
import { releaseLease, tryAcquireLease } from '../repositories/leases';
import { consumeChallenge, insertChallenge } from '../repositories/scep-challenges';
import { findScepTransaction, saveScepTransaction } from '../repositories/scep-transactions';
import { newLeafValues, newRootValues } from './fixtures';

export function defineIssuanceCases(db: () => Database, newTenant: () => Promise<string>): void {
  it('consumes a SCEP challenge once, even when ten requests race', async () => {
    const tenantId = await newTenant();
    const ca = await insertCertificationAuthority(db(), newRootValues(tenantId));
    const other = await insertCertificationAuthority(db(), newRootValues(tenantId));
    const now = new Date();
    const expiresDateTime = new Date(now.getTime() + 3_600_000);
    await insertChallenge(db(), { tenantId, caId: ca.id, challengeHash: 'hash-race', expiresDateTime });
    await insertChallenge(db(), { tenantId, caId: ca.id, challengeHash: 'hash-old', expiresDateTime: new Date(now.getTime() - 1) });

    expect(await consumeChallenge(db(), other.id, 'hash-race', now)).toBeUndefined(); // another CA's
    const results = await Promise.all(Array.from({ length: 10 }, () => consumeChallenge(db(), ca.id, 'hash-race', now)));
    const successes = results.filter((row) => row !== undefined);
    expect(successes).toHaveLength(1);
    expect(successes[0]?.consumedDateTime).toEqual(now);
    expect(await consumeChallenge(db(), ca.id, 'hash-old', now)).toBeUndefined(); // expired
    expect(await consumeChallenge(db(), ca.id, 'hash-unknown', now)).toBeUndefined();
  });

  it('records SCEP transactions by (CA, transactionID)', async () => {
    const tenantId = await newTenant();
    const ca = await insertCertificationAuthority(db(), newRootValues(tenantId));
    await saveScepTransaction(db(), { tenantId, caId: ca.id, transactionId: 'tx-1', status: 'pending' });
    const leaf = await insertLeafCertificate(db(), newLeafValues(tenantId, ca.id));
    await saveScepTransaction(db(), { tenantId, caId: ca.id, transactionId: 'tx-1', status: 'success', leafCertificateId: leaf.id });
    expect(await findScepTransaction(db(), ca.id, 'tx-1')).toMatchObject({ status: 'success', leafCertificateId: leaf.id });
    expect(await findScepTransaction(db(), ca.id, 'tx-2')).toBeUndefined();
  });

  it('writes and lists audit events newest first', async () => {
    const tenantId = await newTenant();
    for (const [i, activityType] of ['Create CloudCertificationAuthority', 'Patch CloudCertificationAuthority'].entries()) {
      await insertAuditEvent(db(), {
        tenantId,
        activityType,
        activityOperationType: i === 0 ? 'Create' : 'Patch',
        actorType: 'user',
        actor: 'admin@contoso.local',
        targetType: 'cloudCertificationAuthority',
        targetId: 'ca-1',
        summary: { after: { displayName: `v${i}` } },
        activityDateTime: new Date(Date.UTC(2026, 0, 1 + i)),
      });
    }
    const all = await listAuditEvents(db(), { tenantId });
    expect(all.totalCount).toBe(2);
    expect(all.items.map((event) => event.activityOperationType)).toEqual(['Patch', 'Create']);
    expect(all.items[1]?.summary).toEqual({ after: { displayName: 'v0' } });
    const creates = await listAuditEvents(db(), { tenantId, activityType: 'Create CloudCertificationAuthority' });
    expect(creates.items).toHaveLength(1);
  });

  it('grants a lease to one holder at a time', async () => {
    const now = new Date();
    const lease = { name: `crl-refresh-${now.getTime()}`, durationMs: 60_000, now };
    const racers = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((holder) => tryAcquireLease(db(), { ...lease, holder })));
    expect(racers.filter(Boolean)).toHaveLength(1);
    const holder = ['a', 'b', 'c', 'd', 'e'][racers.indexOf(true)]!;
    const other = holder === 'a' ? 'b' : 'a';
    expect(await tryAcquireLease(db(), { ...lease, holder })).toBe(true); // renewal
    expect(await tryAcquireLease(db(), { ...lease, holder: other })).toBe(false);
    const later = new Date(now.getTime() + 61_000);
    expect(await tryAcquireLease(db(), { ...lease, holder: other, now: later })).toBe(true); // expired
    await releaseLease(db(), lease.name, other);
    expect(await tryAcquireLease(db(), { ...lease, holder })).toBe(true);
  });
}
