import { describe, expect, it } from 'vitest';
import { checkAssignmentChange } from './check-assignment-change';
import {
  allDevices,
  allUsers,
  assign,
  deployed,
  group,
  issuingCa,
  rootCa,
  scepProfile,
  tenantWith,
  trustProfile,
} from './test-fixtures';
import type { AssignmentChange, DeploymentSnapshot } from './types';

describe('problem messages', () => {
  const refusal = (snapshot: DeploymentSnapshot, change: AssignmentChange) =>
    checkAssignmentChange(snapshot, change).problems.map((problem) => problem.message);

  it('step 3: no root trust profile for the platform', () => {
    expect(refusal(tenantWith([], { without: ['win-root'] }), assign('win-scep', group('sales-devices')))).toEqual([
      "Step 3 — Create a Windows trusted certificate profile with the root CA 'Contoso Root' certificate and select it as the Root Certificate of SCEP profile 'Win SCEP'.",
    ]);
  });

  it.each([
    [
      'another certificate',
      'win-issuing',
      "Step 3 — The Root Certificate of SCEP profile 'Win SCEP' is set to 'Win Issuing', which does not hold the root CA 'Contoso Root' certificate: select 'Win Root', which holds the root CA 'Contoso Root' certificate.",
    ],
    [
      'another platform',
      'ios-root',
      "Step 3 — The Root Certificate of SCEP profile 'Win SCEP' is set to 'iOS Root', an iOS/iPadOS profile: select 'Win Root', which holds the root CA 'Contoso Root' certificate.",
    ],
    [
      'a deleted profile',
      'gone',
      "Step 3 — The Root Certificate of SCEP profile 'Win SCEP' is set to a trusted certificate profile that no longer exists: select 'Win Root', which holds the root CA 'Contoso Root' certificate.",
    ],
    [
      'nothing',
      undefined,
      "Step 3 — The Root Certificate of SCEP profile 'Win SCEP' is not set: select 'Win Root', which holds the root CA 'Contoso Root' certificate.",
    ],
  ])('step 3: Root Certificate set to %s', (_, rootCertificateProfileId, expected) => {
    const scep = scepProfile('win-scep', 'Win SCEP', { rootCertificateProfileId });
    expect(refusal(tenantWith([scep]), assign('win-scep', group('sales-devices')))).toEqual([expected]);
  });

  it('step 2: paused, revoked and signing-pending issuing CAs say what to do', () => {
    const messageFor = (status: 'paused' | 'revoked' | 'signingPending') =>
      refusal(tenantWith([], { certificationAuthorities: [rootCa, { ...issuingCa, status }] }), assign('win-scep', allUsers))[0];
    expect(messageFor('paused')).toBe(
      "Step 2 — The issuing CA 'Contoso Issuing' is paused and issues no certificates: resume it before assigning SCEP profile 'Win SCEP'.",
    );
    expect(messageFor('revoked')).toContain('create a new issuing CA and replace the SCEP URI');
    expect(messageFor('signingPending')).toContain('upload the signed certificate');
  });

  it('step 5: names the trust profile, the group and the device count', () => {
    expect(refusal(deployed, assign('win-issuing'))).toEqual([
      "Step 5 — The issuing CA trust profile 'Win Issuing' does not reach 2 devices in group 'Sales devices' that the SCEP profile 'Win SCEP' reaches: assign it to that group too.",
    ]);
  });

  it('step 5: several targets, several trust profiles, structured groups', () => {
    const snapshot = tenantWith([trustProfile('win-issuing-2', 'Win Issuing 2', 'BB22BB22', [group('kiosks')])]);
    const check = checkAssignmentChange(snapshot, assign('win-scep', group('all-staff'), allDevices));
    const issuing = check.problems.find((problem) => problem.code === 'issuingTrustCoverage');
    expect(issuing?.message).toBe(
      "Step 5 — The issuing CA trust profiles 'Win Issuing' and 'Win Issuing 2' do not reach 1 device that the SCEP profile 'Win SCEP' reaches (1 in group 'All staff', 1 in All devices): assign one of them to those groups too.",
    );
    expect(issuing).toMatchObject({
      trustProfileIds: ['win-issuing', 'win-issuing-2'],
      uncoveredDeviceIds: ['carol-pc'],
      missingGroups: [
        { id: 'all-staff', displayName: 'All staff', uncoveredDeviceCount: 1 },
        { id: 'allDevices', displayName: 'All devices', uncoveredDeviceCount: 1 },
      ],
    });
  });
});
