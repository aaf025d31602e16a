import { describe, expect, it } from 'vitest';
import { checkAssignmentChange } from './check-assignment-change';
import {
  allDevices,
  allUsers,
  assign,
  deployed,
  exclude,
  group,
  iosScep,
  issuingCa,
  paused,
  remove,
  rootCa,
  scepProfile,
  tenant,
  tenantWith,
  trustProfile,
  winIssuing,
  winRoot,
  winScep,
} from './test-fixtures';
import type { AssignmentChange, DeploymentSnapshot, ProblemCode } from './types';

/** Both Windows trust profiles on All staff: every user's Windows device, not the kiosk. */
const onAllStaff = tenantWith([
  { ...winRoot, assignments: [group('all-staff')] },
  { ...winIssuing, assignments: [group('all-staff')] },
]);

interface Case {
  name: string;
  snapshot: DeploymentSnapshot;
  change: AssignmentChange;
  refusedWith: ProblemCode[];
  preexisting?: ProblemCode[];
}

const cases: Case[] = [
  // SCEP assigned too early, step by step.
  {
    name: 'SCEP before any trust profile: steps 3 and 4 missing',
    snapshot: tenantWith([], { without: ['win-root', 'win-issuing'] }),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: ['rootTrustProfileMissing', 'issuingTrustProfileMissing'],
  },
  {
    name: 'SCEP before the issuing trust profile: step 4 missing',
    snapshot: tenantWith([], { without: ['win-issuing'] }),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: ['issuingTrustProfileMissing'],
  },
  {
    name: 'SCEP whose issuing CA is paused',
    snapshot: tenantWith([], { certificationAuthorities: [rootCa, paused] }),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: ['issuingCaNotActive'],
  },
  {
    name: 'SCEP whose issuing CA lost its root',
    snapshot: tenantWith([], { certificationAuthorities: [issuingCa] }),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: ['rootCaMissing'],
  },
  {
    name: 'SCEP whose SCEP URL is not an issuing CA of the tenant',
    snapshot: tenantWith([scepProfile('win-scep', 'Win SCEP', { issuingCaId: 'ndes' })]),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: ['issuingCaMissing'],
  },
  {
    name: 'SCEP whose Root Certificate is the issuing trust profile',
    snapshot: tenantWith([{ ...winScep, rootCertificateProfileId: 'win-issuing' }]),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: ['rootCertificateMismatch'],
  },
  {
    name: 'paused CA, no trust profiles, user group: every step named, in order',
    snapshot: tenantWith([], { without: ['win-root', 'win-issuing'], certificationAuthorities: [rootCa, paused] }),
    change: assign('win-scep', group('sales-users')),
    refusedWith: ['issuingCaNotActive', 'rootTrustProfileMissing', 'issuingTrustProfileMissing'],
  },
  // SCEP assigned once the trust is in place.
  { name: 'SCEP on the trust profiles’ device group', snapshot: tenant, change: assign('win-scep', group('sales-devices')), refusedWith: [] },
  {
    name: 'SCEP on a user group whose users’ devices the trust profiles reach',
    snapshot: tenant,
    change: assign('win-scep', group('sales-users')),
    refusedWith: [],
  },
  {
    name: 'SCEP on All devices minus what the trust profiles miss (device and user exclusions)',
    snapshot: tenant,
    change: assign('win-scep', allDevices, exclude('kiosks'), exclude('carol-team')),
    refusedWith: [],
  },
  {
    // Decision: "assigned", not "reaches a device today" — devices join groups later.
    name: 'an iOS SCEP on a group with no iOS device yet still needs the iOS trust profiles',
    snapshot: tenantWith([], { without: ['ios-root', 'ios-issuing'] }),
    change: assign('ios-scep', group('carol-team')),
    refusedWith: ['rootTrustProfileMissing', 'issuingTrustProfileMissing'],
  },
  { name: 'SCEP assigned to nothing, even with nothing in place', snapshot: tenantWith([], { without: ['win-root', 'win-issuing'], certificationAuthorities: [] }), change: assign('win-scep'), refusedWith: [] },
  { name: 'SCEP with only an exclusion is assigned to nothing', snapshot: tenantWith([], { without: ['win-root'] }), change: assign('win-scep', exclude('kiosks')), refusedWith: [] },
  // Coverage (step 5).
  {
    name: 'SCEP on All devices reaches the kiosk and Carol’s PC the trust profiles miss',
    snapshot: tenant,
    change: assign('win-scep', allDevices),
    refusedWith: ['rootTrustCoverage', 'issuingTrustCoverage'],
  },
  {
    name: 'SCEP on All users is covered by trust on every user’s devices: the userless kiosk is not reached',
    snapshot: onAllStaff,
    change: assign('win-scep', allUsers),
    refusedWith: [],
  },
  {
    name: 'SCEP on All devices also reaches the userless kiosk the same trust misses',
    snapshot: onAllStaff,
    change: assign('win-scep', allDevices),
    refusedWith: ['rootTrustCoverage', 'issuingTrustCoverage'],
  },
  {
    name: 'bring-your-own-CA: the external root stands in for step 1 and is matched by thumbprint',
    snapshot: tenantWith([trustProfile('win-root', 'Win Private Root', 'cc33cc33', [group('sales-devices')])], {
      certificationAuthorities: [
        { ...issuingCa, issuerId: undefined, externalRoot: { displayName: 'Fabrikam Root', certificateThumbprint: 'CC33CC33' } },
      ],
    }),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: [],
  },
  {
    name: 'bring-your-own-CA: the Cloud PKI root profile does not hold the private root',
    snapshot: tenantWith([], {
      certificationAuthorities: [
        rootCa,
        { ...issuingCa, issuerId: undefined, externalRoot: { displayName: 'Fabrikam Root', certificateThumbprint: 'CC33CC33' } },
      ],
    }),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: ['rootTrustProfileMissing'],
  },
  {
    name: 'a nested group with a device only the root trust profile reaches',
    snapshot: tenantWith([{ ...winRoot, assignments: [group('all-staff')] }]),
    change: assign('win-scep', group('all-staff')),
    refusedWith: ['issuingTrustCoverage'],
  },
  {
    name: 'two issuing trust profiles cover the SCEP reach together',
    snapshot: tenantWith([
      { ...winRoot, assignments: [group('all-staff')] },
      trustProfile('win-issuing-2', 'Win Issuing 2', 'BB22BB22', [group('carol-team')]),
    ]),
    change: assign('win-scep', group('all-staff')),
    refusedWith: [],
  },
  {
    name: 'a Windows trust profile does not cover iOS devices',
    snapshot: tenantWith([], { without: ['ios-root', 'ios-issuing'] }),
    change: assign('ios-scep', group('sales-users')),
    refusedWith: ['rootTrustProfileMissing', 'issuingTrustProfileMissing'],
  },
  {
    name: 'iOS trust profiles on a Windows device group do not reach the iPhone',
    snapshot: tenantWith([
      trustProfile('ios-root', 'iOS Root', 'AA11AA11', [group('sales-devices')], 'ios'),
      trustProfile('ios-issuing', 'iOS Issuing', 'BB22BB22', [group('sales-devices')], 'ios'),
    ]),
    change: assign('ios-scep', group('sales-users')),
    refusedWith: ['rootTrustCoverage', 'issuingTrustCoverage'],
  },
  // The reverse: trust profiles a SCEP assignment depends on.
  {
    name: 'narrowing the root trust profile under an assigned SCEP',
    snapshot: deployed,
    change: assign('win-root', group('sales-devices'), exclude('sales-users')),
    refusedWith: ['rootTrustCoverage'],
  },
  { name: 'unassigning the issuing trust profile under an assigned SCEP', snapshot: deployed, change: assign('win-issuing'), refusedWith: ['issuingTrustCoverage'] },
  { name: 'deleting the root trust profile under an assigned SCEP', snapshot: deployed, change: remove('win-root'), refusedWith: ['rootTrustProfileMissing'] },
  { name: 'deleting the issuing trust profile under an assigned SCEP', snapshot: deployed, change: remove('win-issuing'), refusedWith: ['issuingTrustProfileMissing'] },
  {
    name: 'deleting the Root Certificate profile while another root profile covers the devices',
    snapshot: tenantWith([
      { ...winScep, assignments: [group('sales-devices')] },
      trustProfile('win-root-2', 'Win Root 2', 'AA11AA11', [allDevices]),
    ]),
    change: remove('win-root'),
    refusedWith: ['rootCertificateMismatch'],
  },
  { name: 'narrowing the root trust profile once the SCEP is unassigned', snapshot: tenant, change: assign('win-root'), refusedWith: [] },
  { name: 'deleting the trust profiles once the SCEP is unassigned', snapshot: tenant, change: remove('win-issuing'), refusedWith: [] },
  { name: 'deleting an assigned SCEP profile', snapshot: deployed, change: remove('win-scep'), refusedWith: [] },
  { name: 'widening a trust profile', snapshot: deployed, change: assign('win-root', allDevices), refusedWith: [] },
  {
    name: 'a Windows trust change does not touch an iOS SCEP',
    snapshot: tenantWith([{ ...iosScep, assignments: [allUsers] }]),
    change: remove('win-root'),
    refusedWith: [],
  },
  // Pre-existing problems.
  {
    name: 'another SCEP profile’s old problems do not refuse an unrelated assignment',
    snapshot: tenantWith([{ ...iosScep, assignments: [group('sales-users')] }], { without: ['ios-root', 'ios-issuing'] }),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: [],
    preexisting: ['rootTrustProfileMissing', 'issuingTrustProfileMissing'],
  },
  {
    name: 'narrowing a SCEP profile that still misses devices is allowed',
    snapshot: tenantWith([{ ...winScep, assignments: [allDevices] }]),
    change: assign('win-scep', allDevices, exclude('kiosks')),
    refusedWith: [],
    preexisting: ['rootTrustCoverage', 'issuingTrustCoverage'],
  },
  {
    name: 'narrowing a SCEP profile whose issuing CA is paused is allowed',
    snapshot: tenantWith([{ ...winScep, assignments: [group('sales-devices'), group('kiosks')] }], {
      certificationAuthorities: [rootCa, paused],
    }),
    change: assign('win-scep', group('sales-devices')),
    refusedWith: [],
    preexisting: ['issuingCaNotActive'],
  },
  {
    name: 'widening a SCEP profile whose issuing CA is paused is refused in full',
    snapshot: tenantWith([{ ...winScep, assignments: [group('sales-devices')] }], {
      certificationAuthorities: [rootCa, paused],
    }),
    change: assign('win-scep', group('sales-devices'), group('sales-users')),
    refusedWith: ['issuingCaNotActive'],
  },
  {
    name: 'removing an exclusion widens a SCEP profile too',
    snapshot: tenantWith([{ ...winScep, assignments: [allDevices, exclude('kiosks'), exclude('carol-team')] }]),
    change: assign('win-scep', allDevices, exclude('carol-team')),
    refusedWith: ['rootTrustCoverage', 'issuingTrustCoverage'],
  },
  {
    name: 'a trust change that covers some of the gaps is allowed while others remain',
    snapshot: tenantWith([{ ...winScep, assignments: [allDevices] }]),
    change: assign('win-root', group('sales-devices'), group('kiosks')),
    refusedWith: [],
    preexisting: ['rootTrustCoverage', 'issuingTrustCoverage'],
  },
  {
    name: 'a trust change that uncovers a new device is refused although gaps existed',
    snapshot: tenantWith([{ ...winScep, assignments: [group('sales-devices'), group('kiosks')] }]),
    change: assign('win-root', group('kiosks')),
    refusedWith: ['rootTrustCoverage'],
    preexisting: ['issuingTrustCoverage'],
  },
];

describe('checkAssignmentChange', () => {
  it.each(cases)('$name', ({ snapshot, change, refusedWith, preexisting = [] }) => {
    const check = checkAssignmentChange(snapshot, change);
    expect(check.problems.map((problem) => problem.code)).toEqual(refusedWith);
    expect(check.allowed).toBe(refusedWith.length === 0);
    expect(check.preexistingProblems.map((problem) => problem.code)).toEqual(preexisting);
  });

  it('names every dependent SCEP profile when a shared trust profile is deleted, ordered by step', () => {
    const snapshot = tenantWith([
      { ...winScep, assignments: [group('sales-devices')] },
      scepProfile('win-scep-2', 'Win SCEP 2', { rootCertificateProfileId: 'win-root', assignments: [group('sales-users')] }),
    ]);
    const check = checkAssignmentChange(snapshot, remove('win-issuing'));
    expect(check.problems.map((problem) => [problem.step, problem.scepProfileId])).toEqual([
      [4, 'win-scep'],
      [4, 'win-scep-2'],
    ]);
    expect(check.problems[1]?.message).toContain("SCEP profile 'Win SCEP 2'");
  });

  it('carries structured fields for the portal', () => {
    const snapshot = tenantWith([{ ...winScep, rootCertificateProfileId: 'win-issuing' }], {
      certificationAuthorities: [rootCa, paused],
    });
    expect(checkAssignmentChange(snapshot, assign('win-scep', allUsers)).problems).toMatchObject([
      { step: 2, code: 'issuingCaNotActive', issuingCaId: 'issuing', status: 'paused', scepProfileId: 'win-scep' },
      { step: 3, code: 'rootCertificateMismatch', rootCertificateProfileId: 'win-issuing', candidateProfileIds: ['win-root'] },
      { step: 5, code: 'rootTrustCoverage', platform: 'windows', uncoveredDeviceIds: ['carol-pc'] },
      { step: 5, code: 'issuingTrustCoverage', platform: 'windows', uncoveredDeviceIds: ['carol-pc'] },
    ]);
  });

  it('throws for a profile the snapshot does not hold', () => {
    expect(() => checkAssignmentChange(tenant, remove('nope'))).toThrow(RangeError);
  });
});
