// Repository cases: certification authorities, the six-CA limit under concurrency, CRL publication.
import { expect, it } from 'vitest';
import type { Database } from '../database';
import {
  CertificationAuthorityInUseError,
  CertificationAuthorityLimitError,
  countCertificationAuthorities,
  deleteCertificationAuthority,
  getCertificationAuthority,
  getCertificationAuthorityById,
  getCertificationAuthorityCrl,
  insertCertificationAuthority,
  listCertificationAuthorities,
  listChildCertificationAuthorities,
  storeCertificationAuthorityCrl,
  updateCertificationAuthority,
} from '../repositories/certification-authorities';
import { newRootValues } from './fixtures';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

export function defineCertificationAuthorityCases(db: () => Database, newTenant: () => Promise<string>): void {
  it('stores, lists, updates and deletes certification authorities', async () => {
    const tenantId = await newTenant();
    const root = await insertCertificationAuthority(db(), newRootValues(tenantId, { serialNumber: 'ab01' }));
    expect(root).toMatchObject({ slot: 1, versionNumber: 1, crlNumber: 0, crlThisUpdate: null, serialNumber: 'AB01' });
    expect(root).not.toHaveProperty('crlDer');
    expect(root.certificateDer).toBeInstanceOf(Uint8Array);
    const issuing = await insertCertificationAuthority(
      db(),
      newRootValues(tenantId, { caType: 'issuingCertificationAuthority', issuerId: root.id, raKeyUri: 'software:ra' }),
    );
    expect(issuing.slot).toBe(2);

    expect((await listCertificationAuthorities(db(), wholeTenant(tenantId))).map((ca) => ca.id)).toEqual([root.id, issuing.id]);
    expect((await listChildCertificationAuthorities(db(), tenantId, root.id)).map((ca) => ca.id)).toEqual([issuing.id]);
    expect(await countCertificationAuthorities(db(), tenantId)).toBe(2);
    expect((await getCertificationAuthority(db(), wholeTenant(tenantId), root.id))?.extendedKeyUsages).toEqual(root.extendedKeyUsages);
    expect(await getCertificationAuthority(db(), wholeTenant(await newTenant()), root.id)).toBeUndefined(); // tenant-scoped
    expect((await getCertificationAuthorityById(db(), issuing.id))?.raKeyUri).toBe('software:ra');

    // Conditional updates: state machine and If-Match.
    const paused = await updateCertificationAuthority(db(), wholeTenant(tenantId), issuing.id, { status: 'paused' }, { statusIn: ['active'] });
    expect(paused?.status).toBe('paused');
    expect(paused!.lastModifiedDateTime.getTime()).toBeGreaterThanOrEqual(issuing.lastModifiedDateTime.getTime());
    expect(await updateCertificationAuthority(db(), wholeTenant(tenantId), issuing.id, { status: 'paused' }, { statusIn: ['active'] })).toBeUndefined();
    const renamed = await updateCertificationAuthority(
      db(),
      wholeTenant(tenantId),
      issuing.id,
      { displayName: 'Renamed' },
      { lastModifiedDateTime: paused!.lastModifiedDateTime },
    );
    expect(renamed?.displayName).toBe('Renamed');
    const stale = new Date(renamed!.lastModifiedDateTime.getTime() - 60_000);
    const conflicting = updateCertificationAuthority(db(), wholeTenant(tenantId), issuing.id, { description: 'x' }, { lastModifiedDateTime: stale });
    expect(await conflicting).toBeUndefined();

    // A root with an issuing CA anchored to it cannot go (issuer_id ON DELETE RESTRICT).
    await expect(deleteCertificationAuthority(db(), wholeTenant(tenantId), root.id)).rejects.toBeInstanceOf(CertificationAuthorityInUseError);
    expect(await deleteCertificationAuthority(db(), wholeTenant(tenantId), issuing.id)).toBe(true);
    expect(await deleteCertificationAuthority(db(), wholeTenant(tenantId), issuing.id)).toBe(false);
    expect(await deleteCertificationAuthority(db(), wholeTenant(tenantId), root.id)).toBe(true);
  });

  it('publishes a CRL only if its number is newer, without touching lastModifiedDateTime', async () => {
    const tenantId = await newTenant();
    const ca = await insertCertificationAuthority(db(), newRootValues(tenantId));
    const crl = { crlDer: new Uint8Array([1, 2, 3]), thisUpdate: new Date(), nextUpdate: new Date(Date.now() + 7 * 864e5) };
    expect(await storeCertificationAuthorityCrl(db(), ca.id, { ...crl, crlNumber: 1 })).toBe(true);
    expect(await storeCertificationAuthorityCrl(db(), ca.id, { ...crl, crlNumber: 1 })).toBe(false);
    const stored = await getCertificationAuthorityById(db(), ca.id);
    expect(stored).toMatchObject({ crlNumber: 1, crlNextUpdate: crl.nextUpdate });
    expect(await getCertificationAuthorityCrl(db(), ca.id)).toEqual({ crlNumber: 1, der: crl.crlDer, thisUpdate: crl.thisUpdate, nextUpdate: crl.nextUpdate });
    expect(stored?.lastModifiedDateTime).toEqual(ca.lastModifiedDateTime);
  });

  it('refuses a seventh CA and reuses a freed slot', async () => {
    const tenantId = await newTenant();
    const created = [];
    for (let i = 0; i < 6; i++) created.push(await insertCertificationAuthority(db(), newRootValues(tenantId)));
    expect(created.map((ca) => ca.slot)).toEqual([1, 2, 3, 4, 5, 6]);
    await expect(insertCertificationAuthority(db(), newRootValues(tenantId))).rejects.toBeInstanceOf(CertificationAuthorityLimitError);

    await deleteCertificationAuthority(db(), wholeTenant(tenantId), created[2]!.id);
    expect((await insertCertificationAuthority(db(), newRootValues(tenantId))).slot).toBe(3);
    await expect(insertCertificationAuthority(db(), newRootValues(tenantId))).rejects.toBeInstanceOf(CertificationAuthorityLimitError);
    // The limit is per tenant.
    expect((await insertCertificationAuthority(db(), newRootValues(await newTenant()))).slot).toBe(1);
  });

  it('refuses the seventh CA inside a transaction without breaking that transaction', async () => {
    const tenantId = await newTenant();
    for (let i = 0; i < 6; i++) await insertCertificationAuthority(db(), newRootValues(tenantId));
    const count = await db().transaction(async (tx) => {
      await expect(insertCertificationAuthority(tx, newRootValues(tenantId))).rejects.toBeInstanceOf(CertificationAuthorityLimitError);
      return countCertificationAuthorities(tx, tenantId); // still usable
    });
    expect(count).toBe(6);
  });

  it('lets exactly six of eight racing creates through', async () => {
    const tenantId = await newTenant();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => insertCertificationAuthority(db(), newRootValues(tenantId))),
    );
    const created = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(created.map((ca) => ca.slot).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(refused).toHaveLength(2);
    for (const error of refused) expect(error).toBeInstanceOf(CertificationAuthorityLimitError);
    expect(await countCertificationAuthorities(db(), tenantId)).toBe(6);
  });

}
