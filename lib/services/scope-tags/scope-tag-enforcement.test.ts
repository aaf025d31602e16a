// Scope tags filter what a scoped admin reaches (issue 11): a user whose role assignment holds the tag "Paris"
// sees, counts and changes Paris's CAs and profiles, and gets a 404 for Berlin's — in lists, details, leaf lists
// with their count, status changes, edits and deletes — on PGlite and on PostgreSQL alike.
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { grantsOf } from '@/lib/auth/permission-grants';
import { ALL_PERMISSIONS } from '@/lib/auth/permissions';
import { scopedPrincipal, type ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import { getCertificationAuthority, insertCertificationAuthority, listCertificationAuthorities } from '@/lib/db/repositories/certification-authorities';
import { getDeviceConfiguration, insertDeviceConfiguration, listDeviceConfigurations } from '@/lib/db/repositories/device-configurations';
import { insertLeafCertificate } from '@/lib/db/repositories/leaf-certificates';
import { insertRoleScopeTag } from '@/lib/db/repositories/role-scope-tags';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';
import { describeOnBothDatabases } from '@/lib/db/test-support/describe-on-both-databases';
import { newLeafValues, newRootValues } from '@/lib/db/test-support/fixtures';
import { changeCertificationAuthorityStatus } from '../certification-authorities/change-certification-authority-status';
import { getCertificationAuthorityOrThrow } from '../certification-authorities/get-certification-authority-or-throw';
import { updateCertificationAuthority } from '../certification-authorities/update-certification-authority';
import { deleteDeviceConfiguration } from '../device-configurations/delete-device-configuration';
import { getDeviceConfigurationOrThrow } from '../device-configurations/get-device-configuration-or-throw';
import { listLeafCertificatesOfCa } from '../leaf-certificates/list-leaf-certificates-of-ca';

async function scopedTenant(db: Database, tenantId: string) {
  const paris = String((await insertRoleScopeTag(db, { tenantId, displayName: 'Paris' })).id);
  const berlin = String((await insertRoleScopeTag(db, { tenantId, displayName: 'Berlin' })).id);
  const issuingCa = (tags: string[]) =>
    insertCertificationAuthority(db, newRootValues(tenantId, { caType: 'issuingCertificationAuthority', roleScopeTagIds: tags }));
  const trustProfile = (name: string, tags: string[]) =>
    insertDeviceConfiguration(db, {
      tenantId,
      odataType: '#microsoft.graph.windows81TrustedRootCertificate',
      platform: 'windows',
      kind: 'trustedCertificate',
      displayName: name,
      roleScopeTagIds: tags,
      settings: { certFileName: 'root.cer', destinationStore: 'computerCertStoreRoot' },
      trustedCertificateDer: new Uint8Array(randomBytes(40)),
      certificateThumbprint: randomBytes(20).toString('hex'),
    });
  const cas = { paris: await issuingCa([paris]), berlin: await issuingCa([berlin]), untagged: await issuingCa([]) };
  for (const ca of [cas.paris, cas.paris, cas.berlin]) await insertLeafCertificate(db, newLeafValues(tenantId, ca.id));
  const profiles = { paris: await trustProfile('Paris root', [paris, '0']), berlin: await trustProfile('Berlin root', [berlin]) };
  const principalOver = (scope: string[]): ScopedPrincipal =>
    scopedPrincipal(
      { id: randomUUID(), name: 'Pat', tenantId, roles: [], groupIds: [], grants: grantsOf([{ permissions: ALL_PERMISSIONS, scope }]), permissions: ALL_PERMISSIONS, isApplication: false },
      scope,
    );
  return { tags: { paris, berlin }, cas, profiles, parisAdmin: principalOver([paris]), principalOver };
}

const notFound = { status: 404 };

describeOnBothDatabases('scope tag enforcement', (db, newTenant) => {
  it('lists, reads and counts only the CAs and leaves of the tags the assignment holds', async () => {
    const tenantId = await newTenant();
    const { cas, parisAdmin, tags } = await scopedTenant(db(), tenantId);
    const scope = parisAdmin.tenantScope;
    expect((await listCertificationAuthorities(db(), scope)).map((ca) => ca.id)).toEqual([cas.paris.id]);
    expect(await getCertificationAuthority(db(), scope, cas.berlin.id)).toBeUndefined();
    await expect(getCertificationAuthorityOrThrow(db(), scope, cas.berlin.id)).rejects.toMatchObject(notFound);
    const own = await listLeafCertificatesOfCa(db(), scope, cas.paris.id, {}, { isCountRequested: true });
    expect([own.items.length, own.totalCount]).toEqual([2, 2]);
    await expect(listLeafCertificatesOfCa(db(), scope, cas.berlin.id, {}, { isCountRequested: true })).rejects.toMatchObject(notFound);
    // The whole tenant (an app role in the token) sees all three; an object without tags is Default's.
    expect(await listCertificationAuthorities(db(), wholeTenant(tenantId))).toHaveLength(3);
    expect((await listCertificationAuthorities(db(), { tenantId, scopeTagIds: ['0'] })).map((ca) => ca.id)).toEqual([cas.untagged.id]);
    expect(await listCertificationAuthorities(db(), { tenantId, scopeTagIds: [tags.paris, tags.berlin] })).toHaveLength(2);
    expect(await listCertificationAuthorities(db(), { tenantId, scopeTagIds: [] })).toEqual([]);
  });

  it('changes only CAs in scope, and gives them only tags the assignment holds', async () => {
    const { cas, parisAdmin, tags } = await scopedTenant(db(), await newTenant());
    await expect(changeCertificationAuthorityStatus(db(), parisAdmin, cas.berlin.id, 'paused')).rejects.toMatchObject(notFound);
    await expect(updateCertificationAuthority(db(), parisAdmin, cas.berlin.id, { displayName: 'Mine now', description: undefined })).rejects.toMatchObject(notFound);
    const berlin = await getCertificationAuthority(db(), wholeTenant(cas.berlin.tenantId), cas.berlin.id);
    expect([berlin?.status, berlin?.displayName]).toEqual(['active', cas.berlin.displayName]);

    expect((await changeCertificationAuthorityStatus(db(), parisAdmin, cas.paris.id, 'paused')).status).toBe('paused');
    expect((await updateCertificationAuthority(db(), parisAdmin, cas.paris.id, { displayName: 'Paris issuing', description: undefined })).displayName).toBe('Paris issuing');
    await expect(updateCertificationAuthority(db(), parisAdmin, cas.paris.id, { roleScopeTagIds: [tags.paris, tags.berlin], description: undefined })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(`'${tags.berlin}'`),
    });
  });

  it('reads and deletes only the profiles in scope', async () => {
    const tenantId = await newTenant();
    const { profiles, parisAdmin } = await scopedTenant(db(), tenantId);
    const scope = parisAdmin.tenantScope;
    expect((await listDeviceConfigurations(db(), scope)).map((profile) => profile.id)).toEqual([profiles.paris.id]);
    await expect(getDeviceConfigurationOrThrow(db(), scope, profiles.berlin.id)).rejects.toMatchObject(notFound);
    await expect(deleteDeviceConfiguration(db(), parisAdmin, profiles.berlin.id)).rejects.toMatchObject(notFound);
    expect(await getDeviceConfiguration(db(), wholeTenant(tenantId), profiles.berlin.id)).toBeDefined();

    await deleteDeviceConfiguration(db(), parisAdmin, profiles.paris.id);
    expect(await listDeviceConfigurations(db(), wholeTenant(tenantId))).toHaveLength(1);
  });
});
