import { describe, expect, it } from 'vitest';
import { toGraphEffectivePermissions } from '@/lib/graph/to-graph-effective-permissions';
import { permissionsOfRolePermissions } from './permissions-of-role-permissions';

describe('permissionsOfRolePermissions', () => {
  it('reads back what getEffectivePermissions answers, tenant-wide and scoped grants alike', () => {
    const body = toGraphEffectivePermissions({ 'ca.read': 'all', 'leaf.revoke': ['1'], 'deviceConfigurations.read': ['1', '2'] });
    expect(permissionsOfRolePermissions(body).sort()).toEqual(['ca.read', 'deviceConfigurations.read', 'leaf.revoke']);
  });

  it('compares resource action ids case-insensitively and ignores unknown ones', () => {
    const body = [{ resourceActions: [{ allowedResourceActions: ['microsoft.intune_cloudpki_read', 'Microsoft.Intune_MobileApps_Read'] }] }];
    expect(permissionsOfRolePermissions(body)).toEqual(['ca.read']);
  });

  it('leaves out what a notAllowedResourceActions entry takes back', () => {
    const body = [
      { resourceActions: [{ allowedResourceActions: ['Microsoft.Intune_CloudPki_Read', 'Microsoft.Intune_CloudPki_Create'] }] },
      { resourceActions: [{ allowedResourceActions: [], notAllowedResourceActions: ['Microsoft.Intune_CloudPki_Create'] }] },
    ];
    expect(permissionsOfRolePermissions(body)).toEqual(['ca.read']);
  });

  it('tolerates the null collections Graph SDK objects may carry', () => {
    expect(permissionsOfRolePermissions([{ resourceActions: null }, { resourceActions: [{ allowedResourceActions: null }] }])).toEqual([]);
  });
});
