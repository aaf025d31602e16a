import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLE_DEFINITIONS } from './built-in-role-definitions';
import type { Permission } from './permissions';
import { accessRuleOf, canOpen, firstOpenablePath } from './portal-access';

const holding = (...permissions: Permission[]) => (permission: Permission) => permissions.includes(permission);
const TENANT_ADMINISTRATION = ['/tenant-administration/cloud-pki', '/tenant-administration/audit-logs', '/tenant-administration/licenses', '/tenant-administration/roles'];

describe('portal access', () => {
  it('takes the most specific rule: a create page needs Create, the blade above it Read', () => {
    expect(accessRuleOf('/tenant-administration/cloud-pki/create')?.permission).toBe('ca.create');
    expect(accessRuleOf('/tenant-administration/cloud-pki/4c1b/certificates/9f2e')?.permission).toBe('ca.read');
    expect(accessRuleOf('/devices/configuration/create')?.permission).toBe('deviceConfigurations.create');
    expect(accessRuleOf('/devices/configuration/1234')?.permission).toBe('deviceConfigurations.read');
    expect(accessRuleOf('/devices/1234')?.permission).toBe('managedDevices.read');
  });

  it('matches whole path segments only', () => {
    expect(accessRuleOf('/usersettings')).toBeUndefined();
    expect(accessRuleOf('/tenant-administration/roles-report')).toBeUndefined();
  });

  it('opens Home to everyone signed in', () => {
    expect(canOpen('/', holding())).toBe(true);
  });

  it('lets a Read CAs role open the CAs and their certificates but not their Create wizard', () => {
    const readCas = holding('ca.read');
    expect(canOpen('/tenant-administration/cloud-pki', readCas)).toBe(true);
    expect(canOpen('/tenant-administration/cloud-pki/abc/certificates', readCas)).toBe(true);
    expect(canOpen('/tenant-administration/cloud-pki/create', readCas)).toBe(false);
    expect(canOpen('/users', readCas)).toBe(false);
    expect(firstOpenablePath(TENANT_ADMINISTRATION, readCas)).toBe('/tenant-administration/cloud-pki');
    expect(firstOpenablePath(['/devices', '/devices/configuration'], readCas)).toBeUndefined();
  });

  it('leads a section entry to the first blade the user may open', () => {
    expect(firstOpenablePath(TENANT_ADMINISTRATION, holding('auditData.read'))).toBe('/tenant-administration/audit-logs');
    expect(firstOpenablePath(['/devices', '/devices/configuration'], holding('deviceConfigurations.read'))).toBe('/devices/configuration');
  });

  it('opens every blade to the Intune Administrator and every blade but the create pages to the Read Only Operator', () => {
    const [administrator, , reader] = BUILT_IN_ROLE_DEFINITIONS;
    const paths = ['/devices', '/devices/configuration', '/users', '/groups', ...TENANT_ADMINISTRATION];
    for (const path of [...paths, '/tenant-administration/cloud-pki/create', '/tenant-administration/roles/create']) {
      expect(canOpen(path, (permission) => administrator!.permissions.includes(permission))).toBe(true);
    }
    const readOnly = (permission: Permission) => reader!.permissions.includes(permission);
    for (const path of paths) expect(canOpen(path, readOnly)).toBe(true);
    expect(canOpen('/devices/configuration/create', readOnly)).toBe(false);
    expect(canOpen('/tenant-administration/roles/create', readOnly)).toBe(false);
  });
});
