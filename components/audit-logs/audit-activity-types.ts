// The activity types the portal's services record (lib/services/**, `activityType:`), for the Activity filter.
export const AUDIT_ACTIVITY_TYPES = [
  'Create CloudCertificationAuthority',
  'Patch CloudCertificationAuthority',
  'Delete CloudCertificationAuthority',
  'ChangeCloudCertificationAuthorityStatusAsync CloudCertificationAuthority',
  'RevokeCloudCertificationAuthorityCertificateAsync CloudCertificationAuthority',
  'UploadExternallySignedCertificationAuthorityCertificateAsync CloudCertificationAuthority',
  'CreateScepChallenge CloudCertificationAuthority',
  'IssueLeafCertificate CloudCertificationAuthorityLeafCertificate',
  'RevokeLeafCertAsync CloudCertificationAuthorityLeafCertificate',
  'Create DeviceConfiguration',
  'Patch DeviceConfiguration',
  'Delete DeviceConfiguration',
  'Assign DeviceConfiguration',
  'Create RoleDefinition',
  'Patch RoleDefinition',
  'Delete RoleDefinition',
  'Create RoleAssignment',
  'Patch RoleAssignment',
  'Delete RoleAssignment',
  'Create RoleScopeTag',
  'Patch RoleScopeTag',
  'Delete RoleScopeTag',
  'Patch CloudPkiLicense',
  'syncDevice ManagedDevice',
  'syncAllDevices ManagedDevice',
  'Add user',
  'Update user',
  'Delete user',
  'Add group',
  'Update group',
  'Delete group',
  'Add member to group',
  'Remove member from group',
] as const;

export type AuditActivityType = (typeof AUDIT_ACTIVITY_TYPES)[number];

export function isAuditActivityType(value: string): value is AuditActivityType {
  return (AUDIT_ACTIVITY_TYPES as readonly string[]).includes(value);
}
