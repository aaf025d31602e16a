import { describe, expect, it } from 'vitest';
import { permissionsOfRoles } from './built-in-role-definitions';
import { grantsOf, permissionsOfGrants } from './permission-grants';
import { ALL_PERMISSIONS, permissionOfResourceAction, permissionSpecOf, READ_PERMISSIONS } from './permissions';

describe('permission grants', () => {
  it('adds up the scope tags two grants of one permission hold over, and tenant-wide wins', () => {
    const grants = grantsOf([
      { permissions: ['ca.read', 'leaf.revoke'], scope: ['1'] },
      { permissions: ['ca.read'], scope: ['2', '1'] },
      { permissions: ['auditData.read'], scope: ['3'] },
      { permissions: ['auditData.read'], scope: 'all' },
    ]);
    expect(grants).toEqual({ 'ca.read': ['1', '2'], 'leaf.revoke': ['1'], 'auditData.read': 'all' });
    expect(permissionsOfGrants(grants).sort()).toEqual(['auditData.read', 'ca.read', 'leaf.revoke']);
  });

  it('grants nothing for an app role it does not know', () => {
    expect(permissionsOfRoles(['Global.Admin', 'cloudpki.admin'])).toEqual([]);
  });
});

describe('the permission catalogue', () => {
  it('names each permission by a resource action id of its own, found again in any letter case', () => {
    const ids = ALL_PERMISSIONS.map((permission) => permissionSpecOf(permission).resourceAction);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ALL_PERMISSIONS.length);
    for (const permission of ALL_PERMISSIONS) expect(permissionOfResourceAction(permissionSpecOf(permission).resourceAction.toUpperCase())).toBe(permission);
    expect(permissionOfResourceAction('Microsoft.Intune_CloudPki_Read')).toBe('ca.read');
    expect(permissionOfResourceAction('Microsoft.Intune_NoSuch_Read')).toBeUndefined();
  });

  it('gives the read-only role reads only: every Read, no Create, Update, Delete, Assign, Revoke or Sync', () => {
    expect(READ_PERMISSIONS.map((permission) => permissionSpecOf(permission).resourceAction).every((id) => id.endsWith('_Read'))).toBe(true);
    expect(permissionsOfRoles(['CloudPKI.Reader'])).toEqual(READ_PERMISSIONS);
    expect(permissionsOfRoles(['CloudPKI.Admin'])).toEqual(ALL_PERMISSIONS);
  });
});
