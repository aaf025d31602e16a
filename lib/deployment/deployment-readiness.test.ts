import { describe, expect, it } from 'vitest';
import { deploymentReadiness, type ReadinessState } from './deployment-readiness';
import {
  allDevices,
  group,
  issuingCa,
  rootCa,
  scepProfile,
  tenant,
  tenantWith,
  winScep,
} from './test-fixtures';
import type { DeploymentSnapshot } from './types';

const deployed = tenantWith([{ ...winScep, assignments: [group('sales-devices')] }]);

describe('deploymentReadiness', () => {
  const cases: { name: string; snapshot: DeploymentSnapshot; platform?: 'windows' | 'macOS'; states: ReadinessState[] }[] = [
    { name: 'everything deployed', snapshot: deployed, states: ['done', 'done', 'done', 'done', 'done'] },
    { name: 'SCEP profile created but not assigned', snapshot: tenant, states: ['done', 'done', 'done', 'done', 'missing'] },
    {
      name: 'no trust profiles yet: step 3 is next, the rest waits',
      snapshot: tenantWith([], { without: ['win-root', 'win-issuing', 'win-scep'] }),
      states: ['done', 'done', 'missing', 'blocked', 'blocked'],
    },
    {
      name: 'paused issuing CA blocks everything after it',
      snapshot: tenantWith([{ ...winScep, assignments: [group('sales-devices')] }], { certificationAuthorities: [rootCa, { ...issuingCa, status: 'paused' }] }),
      states: ['done', 'missing', 'blocked', 'blocked', 'blocked'],
    },
    {
      name: 'root CA gone',
      snapshot: tenantWith([], { certificationAuthorities: [issuingCa] }),
      states: ['missing', 'blocked', 'blocked', 'blocked', 'blocked'],
    },
    {
      name: 'assigned SCEP profile with the wrong Root Certificate',
      snapshot: tenantWith([{ ...winScep, rootCertificateProfileId: 'win-issuing', assignments: [group('sales-devices')] }]),
      states: ['done', 'done', 'missing', 'blocked', 'blocked'],
    },
    {
      name: 'assigned SCEP profile reaching devices without the certificates',
      snapshot: tenantWith([{ ...winScep, assignments: [allDevices] }]),
      states: ['done', 'done', 'done', 'done', 'missing'],
    },
    { name: 'a platform with nothing on it', snapshot: deployed, platform: 'macOS', states: ['done', 'done', 'missing', 'blocked', 'blocked'] },
  ];

  it.each(cases)('$name', ({ snapshot, platform = 'windows', states }) => {
    const steps = deploymentReadiness(snapshot, 'issuing', platform);
    expect(steps.map((step) => step.state)).toEqual(states);
    expect(steps.map((step) => step.step)).toEqual([1, 2, 3, 4, 5]);
    steps.filter((step) => step.state === 'missing').forEach((step) => expect(step.nextAction).toBeTruthy());
  });

  it('titles the five steps and lists the profiles of each', () => {
    const steps = deploymentReadiness(deployed, 'issuing', 'windows');
    expect(steps.map((step) => [step.title, step.profileIds])).toEqual([
      ['Root CA', undefined],
      ['Issuing CA', undefined],
      ['Root trusted certificate profile', ['win-root']],
      ['Issuing trusted certificate profile', ['win-issuing']],
      ['SCEP certificate profile', ['win-scep']],
    ]);
    expect(steps[4]?.detail).toBe(
      "SCEP certificate profile 'Win SCEP' reaches 2 Windows devices. Each of them receives the root and issuing CA certificates.",
    );
  });

  it('says what to do next, in the checker’s words without the step prefix', () => {
    const paused = deploymentReadiness(
      tenantWith([], { certificationAuthorities: [rootCa, { ...issuingCa, status: 'paused' }] }),
      'issuing',
      'windows',
    );
    expect(paused[1]).toMatchObject({ detail: "Issuing CA 'Contoso Issuing' is Paused.", nextAction: 'Resume the issuing CA.' });

    const gap = deploymentReadiness(tenantWith([{ ...winScep, assignments: [allDevices] }]), 'issuing', 'windows');
    expect(gap[4]?.nextAction).toMatch(/^The root CA trust profile 'Win Root' does not reach 2 devices in All devices/);

    const none = deploymentReadiness(tenantWith([], { without: ['win-scep'] }), 'issuing', 'windows');
    expect(none[4]?.nextAction).toBe(
      "Create a Windows SCEP certificate profile with the SCEP URI of issuing CA 'Contoso Issuing' and Root Certificate 'Win Root', and assign it to the same groups as the trusted certificate profiles.",
    );
  });

  it('ignores SCEP profiles of other issuing CAs', () => {
    const other = scepProfile('other', 'Other SCEP', { issuingCaId: 'another-ca', assignments: [allDevices] });
    const steps = deploymentReadiness(tenantWith([other]), 'issuing', 'windows');
    expect(steps[4]?.profileIds).toEqual(['win-scep']);
  });

  it('shows a bring-your-own-CA root as external', () => {
    const byoca = { ...issuingCa, issuerId: undefined, externalRoot: { displayName: 'Fabrikam Root', certificateThumbprint: 'CC33' } };
    const steps = deploymentReadiness(tenantWith([], { certificationAuthorities: [byoca] }), 'issuing', 'windows');
    expect(steps[0]).toMatchObject({ state: 'done', detail: "External root CA 'Fabrikam Root' (bring your own CA)." });
    expect(steps[2]?.state).toBe('missing');
  });

  it('throws for an unknown or root CA', () => {
    expect(() => deploymentReadiness(tenant, 'nope', 'windows')).toThrow(RangeError);
    expect(() => deploymentReadiness(tenant, 'root', 'windows')).toThrow(RangeError);
  });
});
