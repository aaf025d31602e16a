// Repository cases of leaf certificates: keyset pages in every order (ties, NULLs), prefix search, filters, the
// trigger-kept counts against counting the rows, revocation and CRL entries.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database';
import { deleteCertificationAuthority, insertCertificationAuthority } from '../repositories/certification-authorities';
import { countLeafCertificates, countLeafCertificatesByStatus } from '../repositories/leaf-certificate-counts';
import { type LeafCertificateFilter, type LeafCertificateOrder, type LeafCertificateQuery, listLeafCertificates } from '../repositories/leaf-certificate-list';
import {
  DuplicateSerialNumberError,
  getLeafCertificate,
  getLeafCertificateBySerialNumber,
  insertLeafCertificate,
  listRevokedLeafCertificates,
  revokeLeafCertificate,
} from '../repositories/leaf-certificates';
import { newLeafValues, newRootValues } from './fixtures';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const DEVICE_ID = '5d0c3f8e-4b1a-4c2e-9f6d-0a1b2c3d4e5f';

export function defineLeafCertificateCases(db: () => Database, newTenant: () => Promise<string>): void {
  let tenantId = '';
  let caId = '';
  const list = (query: Omit<LeafCertificateQuery, 'tenantId' | 'caId' | 'now'>) => listLeafCertificates(db(), { tenantId, caId, now: NOW, ...query });
  const subjects = async (query: Omit<LeafCertificateQuery, 'tenantId' | 'caId' | 'now'>) =>
    (await list({ top: 100, ...query })).items.map((leaf) => leaf.subjectName).sort();

  beforeAll(async () => {
    tenantId = await newTenant();
    caId = (await insertCertificationAuthority(db(), newRootValues(tenantId))).id;
    for (let i = 0; i < 25; i++) {
      await insertLeafCertificate(
        db(),
        newLeafValues(tenantId, caId, {
          subjectName: `CN=laptop-${String(i).padStart(2, '0')}`,
          serialNumber: `0a${String(i).padStart(4, '0')}`,
          deviceName: i % 5 === 0 ? `Surface_${i}` : i % 7 === 0 ? null : `Device ${i}`,
          deviceId: i === 3 ? DEVICE_ID : null,
          devicePlatform: i % 3 === 0 ? 'windows' : 'iOS',
          userPrincipalName: i % 2 === 0 ? `user${i}@contoso.com` : null,
          // groups of three share a start, so the id breaks the ties
          validityStartDateTime: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3))),
          // 20..24 expired by NOW without anyone having marked them; 19 expires later today, 18 earlier today
          validityEndDateTime:
            i >= 20 ? new Date('2026-05-01T00:00:00.000Z') : i === 19 ? new Date('2026-06-01T18:00:00.000Z') : i === 18 ? new Date('2026-06-01T06:00:00.000Z') : new Date('2027-01-01T00:00:00.000Z'),
        }),
      );
    }
  });

  it('pages by offset with a stable order', async () => {
    const orderBy: LeafCertificateOrder = [{ field: 'subjectName' }];
    const first = await list({ orderBy, top: 10 });
    const third = await list({ orderBy, top: 10, skip: 20 });
    expect(first.items.map((leaf) => leaf.subjectName)).toEqual(Array.from({ length: 10 }, (_, i) => `CN=laptop-0${i}`));
    expect(third.items.map((leaf) => leaf.subjectName)).toEqual(Array.from({ length: 5 }, (_, i) => `CN=laptop-2${i}`));
    expect(third.nextPosition).toBeUndefined();
    expect(first.items[0]).not.toHaveProperty('certificateDer'); // lists never load DER
  });

  it.each<[string, LeafCertificateOrder | undefined]>([
    ['the default (newest first, ties on the start)', undefined],
    ['subject descending', [{ field: 'subjectName', direction: 'desc' }]],
    ['device name, NULLs last', [{ field: 'deviceName', direction: 'asc' }]],
    ['UPN descending, NULLs first', [{ field: 'userPrincipalName', direction: 'desc' }]],
    ['effective status, then notAfter', [{ field: 'status' }, { field: 'validityEndDateTime', direction: 'desc' }]],
  ])('walks every row once by keyset pages in %s order', async (_, orderBy) => {
    const all = (await list({ orderBy, top: 100 })).items.map((leaf) => leaf.id);
    const walked: string[] = [];
    let page = await list({ orderBy, top: 4 });
    for (;;) {
      walked.push(...page.items.map((leaf) => leaf.id));
      if (!page.nextPosition) break;
      page = await list({ orderBy, top: 4, after: page.nextPosition });
    }
    expect(all).toHaveLength(25);
    expect(walked).toEqual(all);
  });

  it('searches prefixes of subject (with or without CN=), device, UPN and serial, and the device id, with LIKE characters taken literally', async () => {
    expect(await subjects({ search: 'LAPTOP-1' })).toHaveLength(10);
    expect(await subjects({ search: 'cn=laptop-2' })).toHaveLength(5);
    expect(await subjects({ search: 'aptop' })).toEqual([]); // a prefix, not a substring: the index answers it
    expect(await subjects({ search: '0a0007' })).toEqual(['CN=laptop-07']);
    expect(await subjects({ search: 'surface_1' })).toEqual(['CN=laptop-10', 'CN=laptop-15']);
    expect(await subjects({ search: 'USER12@' })).toEqual(['CN=laptop-12']);
    expect(await subjects({ search: DEVICE_ID.toUpperCase() })).toEqual(['CN=laptop-03']);
    expect(await subjects({ search: '%' })).toEqual([]);
    expect(await subjects({ search: 'device_1' })).toEqual([]); // "_" is not a wildcard: "Device 1…" does not match
  });

  it('filters by prefix, serial number and device id, all of which must hold', async () => {
    expect(await subjects({ prefixes: [{ field: 'deviceName', text: 'device 1' }] })).toEqual(
      ['CN=laptop-01', 'CN=laptop-11', 'CN=laptop-12', 'CN=laptop-13', 'CN=laptop-16', 'CN=laptop-17', 'CN=laptop-18', 'CN=laptop-19'],
    );
    expect(await subjects({ prefixes: [{ field: 'subjectName', text: 'laptop-1' }, { field: 'userPrincipalName', text: 'user1' }] })).toEqual(
      ['CN=laptop-10', 'CN=laptop-12', 'CN=laptop-14', 'CN=laptop-16', 'CN=laptop-18'],
    );
    expect(await subjects({ serialNumber: '0a0024' })).toEqual(['CN=laptop-24']);
    expect(await subjects({ deviceId: DEVICE_ID })).toEqual(['CN=laptop-03']);
  });

  it('filters by bounds on notAfter and by platform, and-ed with the status', async () => {
    const total = (filter: Omit<LeafCertificateFilter, 'tenantId' | 'caId' | 'now'>) => countLeafCertificates(db(), { tenantId, caId, now: NOW, ...filter });
    const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
    expect(await total({ status: 'active', validityEnd: [{ operator: 'le', value: day('2027-01-01') }] })).toBe(19);
    expect(await total({ status: 'active', validityEnd: [{ operator: 'lt', value: day('2027-01-01') }] })).toBe(1); // 19, tonight
    expect(await total({ validityEnd: [{ operator: 'lt', value: day('2027-01-01') }] })).toBe(7); // 18 to 24
    expect(await total({ validityEnd: [{ operator: 'gt', value: day('2026-05-01') }, { operator: 'le', value: day('2027-06-01') }] })).toBe(20);
    expect(await total({ validityEnd: [{ operator: 'ge', value: day('2026-05-01') }] })).toBe(25);
    // windows: i = 0, 3, …, 24 (9 of them), of which 18, 21 and 24 are expired
    expect(await total({ devicePlatform: ['windows'] })).toBe(9);
    expect(await total({ devicePlatform: ['windows'], status: 'active' })).toBe(6);
    expect(await total({ devicePlatform: ['windows', 'iOS'] })).toBe(25);
  });

  it('revokes once, filters and counts by effective status from the counters as from the rows, and lists CRL entries', async () => {
    const serial7 = await getLeafCertificateBySerialNumber(db(), tenantId, caId, '0A0007', NOW);
    expect(serial7?.certificateDer).toBeInstanceOf(Uint8Array);
    const revokedAt = new Date('2026-05-15T10:00:00.000Z');
    const revoked = await revokeLeafCertificate(db(), { tenantId, caId, id: serial7!.id, revocationDateTime: revokedAt, revocationReason: 'keyCompromise' });
    expect(revoked).toMatchObject({ status: 'revoked', revocationDateTime: revokedAt });
    expect(await revokeLeafCertificate(db(), { tenantId, caId, id: serial7!.id, revocationDateTime: NOW })).toBeUndefined();

    // 18 expired this morning, 19 expires tonight: the day's counter is split at NOW
    expect(await countLeafCertificatesByStatus(db(), tenantId, caId, NOW)).toEqual({ active: 18, revoked: 1, expired: 6, total: 25 });
    for (const status of ['active', 'revoked', 'expired'] as const) {
      const rows = (await list({ status, top: 100 })).items;
      expect(rows.every((leaf) => leaf.status === status)).toBe(true);
      expect(await countLeafCertificates(db(), { tenantId, caId, now: NOW, status })).toBe(rows.length);
    }
    expect(await countLeafCertificates(db(), { tenantId, caId, now: NOW, status: ['active', 'expired'] })).toBe(24);
    expect(await countLeafCertificates(db(), { tenantId, caId, now: NOW, search: 'laptop-1', status: 'active' })).toBe(9); // counted rows
    expect(await countLeafCertificatesByStatus(db(), await newTenant(), caId, NOW)).toMatchObject({ total: 0 }); // another tenant's CA
    const expired = await list({ status: ['expired'], top: 1 });
    expect((await getLeafCertificate(db(), tenantId, expired.items[0]!.id, NOW))?.status).toBe('expired');
    expect(await listRevokedLeafCertificates(db(), caId)).toEqual([{ serialNumber: '0A0007', revocationDateTime: revokedAt, revocationReason: 'keyCompromise' }]);
    expect(await listRevokedLeafCertificates(db(), caId, '0A0006')).toHaveLength(1); // keyset: serials after the given one
    expect(await listRevokedLeafCertificates(db(), caId, '0A0007')).toEqual([]);
  });

  it('refuses a serial number the CA already used', async () => {
    const duplicate = insertLeafCertificate(db(), newLeafValues(tenantId, caId, { serialNumber: '0a0001' }));
    await expect(duplicate).rejects.toBeInstanceOf(DuplicateSerialNumberError);
  });

  describe('a deleted CA', () => {
    it('takes its certificates and their counts with it', async () => {
      const otherTenant = await newTenant();
      const other = await insertCertificationAuthority(db(), newRootValues(otherTenant));
      await insertLeafCertificate(db(), newLeafValues(otherTenant, other.id));
      expect((await countLeafCertificatesByStatus(db(), otherTenant, other.id, NOW)).total).toBe(1);
      expect(await deleteCertificationAuthority(db(), wholeTenant(otherTenant), other.id)).toBe(true);
      expect((await countLeafCertificatesByStatus(db(), otherTenant, other.id, NOW)).total).toBe(0);
    });
  });
}
