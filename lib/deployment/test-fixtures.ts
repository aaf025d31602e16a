// A small tenant for the deployment-order tests: Contoso's root and issuing CA, Windows and iOS trust profiles,
// a Windows and an iOS SCEP profile (unassigned), and a directory with user, device, nested and cyclic groups.
import type {
  AssignmentChange,
  AssignmentTarget,
  CertificationAuthority,
  DeploymentProfile,
  DeploymentSnapshot,
  Directory,
  ScepProfile,
  TrustedCertificateProfile,
} from './types';

export const group = (groupId: string): AssignmentTarget => ({
  '@odata.type': '#microsoft.graph.groupAssignmentTarget',
  groupId,
});
export const exclude = (groupId: string): AssignmentTarget => ({
  '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget',
  groupId,
});
export const allUsers: AssignmentTarget = { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' };
export const allDevices: AssignmentTarget = { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' };

/**
 * Windows devices: alice-pc (alice), bob-pc (bob), carol-pc (carol), kiosk (no primary user).
 * Others: alice-iphone (iOS, alice), carol-mac (macOS, carol).
 */
export const directory: Directory = {
  users: [{ id: 'alice' }, { id: 'bob' }, { id: 'carol' }],
  devices: [
    { id: 'alice-pc', platform: 'windows', primaryUserId: 'alice' },
    { id: 'bob-pc', platform: 'windows', primaryUserId: 'bob' },
    { id: 'carol-pc', platform: 'windows', primaryUserId: 'carol' },
    { id: 'kiosk', platform: 'windows' },
    { id: 'alice-iphone', platform: 'ios', primaryUserId: 'alice' },
    { id: 'carol-mac', platform: 'macOS', primaryUserId: 'carol' },
  ],
  groups: [
    { id: 'sales-users', displayName: 'Sales users', memberIds: ['alice', 'bob'] },
    { id: 'sales-devices', displayName: 'Sales devices', memberIds: ['alice-pc', 'bob-pc'] },
    { id: 'kiosks', displayName: 'Kiosks', memberIds: ['kiosk'] },
    { id: 'carol-team', displayName: 'Carol team', memberIds: ['carol'] },
    { id: 'all-staff', displayName: 'All staff', memberIds: ['sales-users', 'carol-team'] },
    { id: 'cycle-a', displayName: 'Cycle A', memberIds: ['cycle-b', 'kiosk'] },
    { id: 'cycle-b', displayName: 'Cycle B', memberIds: ['cycle-a', 'bob'] },
    { id: 'mixed', displayName: 'Mixed', memberIds: ['alice', 'kiosk', 'someone-deleted'] },
  ],
};

export const rootCa: CertificationAuthority = {
  id: 'root',
  displayName: 'Contoso Root',
  type: 'root',
  status: 'active',
  certificateThumbprint: 'AA:11:AA:11',
};
export const issuingCa: CertificationAuthority = {
  id: 'issuing',
  displayName: 'Contoso Issuing',
  type: 'issuing',
  status: 'active',
  issuerId: 'root',
  certificateThumbprint: 'BB22BB22',
};

export function trustProfile(
  id: string,
  displayName: string,
  thumbprint: string,
  assignments: AssignmentTarget[],
  platform: TrustedCertificateProfile['platform'] = 'windows',
): TrustedCertificateProfile {
  return { id, displayName, kind: 'trustedCertificate', platform, certificateThumbprint: thumbprint, assignments };
}

export function scepProfile(
  id: string,
  displayName: string,
  overrides: Partial<Omit<ScepProfile, 'id' | 'displayName' | 'kind'>> = {},
): ScepProfile {
  return {
    id,
    displayName,
    kind: 'scep',
    platform: 'windows',
    issuingCaId: 'issuing',
    rootCertificateProfileId: 'win-root',
    assignments: [],
    ...overrides,
  };
}

// Thumbprints deliberately spelt differently from the CAs' (case, separators): they are the same certificates.
export const winRoot = trustProfile('win-root', 'Win Root', 'aa11aa11', [group('sales-devices')]);
export const winIssuing = trustProfile('win-issuing', 'Win Issuing', 'bb:22:bb:22', [group('sales-devices')]);
export const winScep = scepProfile('win-scep', 'Win SCEP');
export const iosRoot = trustProfile('ios-root', 'iOS Root', 'AA11AA11', [allUsers], 'ios');
export const iosIssuing = trustProfile('ios-issuing', 'iOS Issuing', 'BB22BB22', [allUsers], 'ios');
export const iosScep = scepProfile('ios-scep', 'iOS SCEP', { platform: 'ios', rootCertificateProfileId: 'ios-root' });

export const tenant: DeploymentSnapshot = {
  certificationAuthorities: [rootCa, issuingCa],
  profiles: [winRoot, winIssuing, winScep, iosRoot, iosIssuing, iosScep],
  directory,
};

/** The tenant with some profiles replaced (same id), added (new id) or removed (listed in `without`). */
export function tenantWith(
  profiles: DeploymentProfile[],
  options: { without?: string[]; certificationAuthorities?: CertificationAuthority[] } = {},
): DeploymentSnapshot {
  const replaced = new Map(profiles.map((profile) => [profile.id, profile]));
  const kept = tenant.profiles
    .filter((profile) => !options.without?.includes(profile.id))
    .map((profile) => replaced.get(profile.id) ?? profile);
  const added = profiles.filter((profile) => !tenant.profiles.some((existing) => existing.id === profile.id));
  return {
    ...tenant,
    certificationAuthorities: options.certificationAuthorities ?? tenant.certificationAuthorities,
    profiles: [...kept, ...added],
  };
}

/** Win SCEP already assigned to Sales devices, where both trust profiles are. */
export const deployed = tenantWith([{ ...winScep, assignments: [group('sales-devices')] }]);

export const paused: CertificationAuthority = { ...issuingCa, status: 'paused' };

export const assign = (profileId: string, ...assignments: AssignmentTarget[]): AssignmentChange => ({
  kind: 'setAssignments',
  profileId,
  assignments,
});
export const remove = (profileId: string): AssignmentChange => ({ kind: 'deleteProfile', profileId });
