// Repository cases: SCEP challenges and transactions, leaf certificates, audit events, leases.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database';
import { insertAuditEvent, listAuditEvents } from '../repositories/audit-events';
import { insertCertificationAuthority } from '../repositories/certification-authorities';
import {
  countLeafCertificatesByStatus,
  DuplicateSerialNumberError,
  getLeafCertificate,
  getLeafCertificateBySerialNumber,
  insertLeafCertificate,
  listLeafCertificates,
  listRevokedLeafCertificates,
  revokeLeafCertificate,
} from '../repositories/leaf-certificates';
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

  describe('leaf certificates', () => {
    const now = new Date('2026-06-01T00:00:00.000Z');
    let tenantId = '';
    let caId = '';

    beforeAll(async () => {
      tenantId = await newTenant();
      caId = (await insertCertificationAuthority(db(), newRootValues(tenantId))).id;
      for (let i = 0; i < 25; i++) {
        await insertLeafCertificate(
          db(),
          newLeafValues(tenantId, caId, {
            subjectName: `CN=laptop-${String(i).padStart(2, '0')}`,
            serialNumber: `0a${String(i).padStart(4, '0')}`,
            deviceName: i % 5 === 0 ? `Surface_${i}` : `Device ${i}`,
            devicePlatform: i % 3 === 0 ? 'windows' : 'iOS',
            userPrincipalName: i % 2 === 0 ? `user${i}@contoso.com` : null,
            // 20..24 expired by `now`, without anyone having marked them
            validityEndDateTime: i >= 20 ? new Date('2026-05-01T00:00:00.000Z') : new Date('2027-01-01T00:00:00.000Z'),
          }),
        );
      }
    });

    it('pages with a stable order and a total count', async () => {
      const query = { tenantId, caId, now, orderBy: [{ field: 'subjectName' as const }] };
      const first = await listLeafCertificates(db(), { ...query, top: 10 });
      const third = await listLeafCertificates(db(), { ...query, top: 10, skip: 20 });
      expect(first.totalCount).toBe(25);
      expect(first.items.map((leaf) => leaf.subjectName)).toEqual(Array.from({ length: 10 }, (_, i) => `CN=laptop-0${i}`));
      expect(third.items.map((leaf) => leaf.subjectName)).toEqual(Array.from({ length: 5 }, (_, i) => `CN=laptop-2${i}`));
      expect(first.items[0]).not.toHaveProperty('certificateDer'); // lists never load DER
      const newestLast = await listLeafCertificates(db(), { ...query, orderBy: [{ field: 'subjectName', direction: 'desc' }], top: 1 });
      expect(newestLast.items[0]?.subjectName).toBe('CN=laptop-24');
    });

    it('searches subject, serial, device and UPN case-insensitively, with LIKE characters taken literally', async () => {
      const search = async (text: string) =>
        (await listLeafCertificates(db(), { tenantId, caId, now, search: text, top: 100 })).items.map((leaf) => leaf.subjectName).sort();
      expect(await search('LAPTOP-1')).toHaveLength(10);
      expect(await search('0A0007')).toEqual(['CN=laptop-07']);
      expect(await search('surface_1')).toEqual(['CN=laptop-10', 'CN=laptop-15']);
      expect(await search('USER12@')).toEqual(['CN=laptop-12']);
      expect(await search('%')).toEqual([]);
      expect(await search('e_1')).toEqual(['CN=laptop-10', 'CN=laptop-15']); // "_" is not a wildcard
    });

    it('filters by bounds on notAfter and by platform, and-ed with the status', async () => {
      const total = async (query: Omit<Parameters<typeof listLeafCertificates>[1], 'tenantId' | 'caId' | 'now'>) =>
        (await listLeafCertificates(db(), { tenantId, caId, now, top: 0, ...query })).totalCount;
      const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
      expect(await total({ status: 'active', validityEnd: [{ operator: 'le', value: day('2027-01-01') }] })).toBe(20);
      expect(await total({ status: 'active', validityEnd: [{ operator: 'lt', value: day('2027-01-01') }] })).toBe(0);
      expect(await total({ validityEnd: [{ operator: 'lt', value: day('2027-01-01') }] })).toBe(5); // the expired ones
      expect(await total({ validityEnd: [{ operator: 'gt', value: day('2026-05-01') }, { operator: 'le', value: day('2027-06-01') }] })).toBe(20);
      expect(await total({ validityEnd: [{ operator: 'ge', value: day('2026-05-01') }] })).toBe(25);
      // windows: i = 0, 3, …, 24 (9 of them), of which 21 and 24 are expired
      expect(await total({ devicePlatform: ['windows'] })).toBe(9);
      expect(await total({ devicePlatform: ['windows'], status: 'active' })).toBe(7);
      expect(await total({ devicePlatform: ['windows', 'iOS'] })).toBe(25);
    });

    it('revokes once, filters by effective status, counts and lists CRL entries', async () => {
      const serial7 = await getLeafCertificateBySerialNumber(db(), tenantId, caId, '0A0007', now);
      expect(serial7?.certificateDer).toBeInstanceOf(Uint8Array);
      const revokedAt = new Date('2026-05-15T10:00:00.000Z');
      const revocation = { tenantId, caId, id: serial7!.id, revocationDateTime: revokedAt, revocationReason: 'keyCompromise' };
      const revoked = await revokeLeafCertificate(db(), revocation);
      expect(revoked).toMatchObject({ status: 'revoked', revocationDateTime: revokedAt });
      expect(await revokeLeafCertificate(db(), { tenantId, caId, id: serial7!.id, revocationDateTime: now })).toBeUndefined();

      const byStatus = async (status: 'active' | 'revoked' | 'expired') =>
        (await listLeafCertificates(db(), { tenantId, caId, now, status, top: 100 })).totalCount;
      expect(await byStatus('revoked')).toBe(1);
      expect(await byStatus('expired')).toBe(5);
      expect(await byStatus('active')).toBe(19);
      const expired = await listLeafCertificates(db(), { tenantId, caId, now, status: ['expired'], top: 1 });
      expect(expired.items[0]?.status).toBe('expired');
      expect((await getLeafCertificate(db(), tenantId, expired.items[0]!.id, now))?.status).toBe('expired');

      expect(await countLeafCertificatesByStatus(db(), tenantId, caId, now)).toEqual({ active: 19, revoked: 1, expired: 5, total: 25 });
      expect(await listRevokedLeafCertificates(db(), caId)).toEqual([
        { serialNumber: '0A0007', revocationDateTime: revokedAt, revocationReason: 'keyCompromise' },
      ]);
    });

    it('refuses a serial number the CA already used', async () => {
      const duplicate = insertLeafCertificate(db(), newLeafValues(tenantId, caId, { serialNumber: '0a0001' }));
      await expect(duplicate).rejects.toBeInstanceOf(DuplicateSerialNumberError);
    });
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
