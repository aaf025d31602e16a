// The license decides whether CAs can be created and where their keys go; the same answer feeds the blades.
import { describe, expect, it } from 'vitest';
import { TRIAL_DAYS, trialEndFrom } from '@/lib/schemas/cloud-pki-license';
import { cloudPkiLicensePolicy } from './cloud-pki-license-policy';

const now = new Date('2026-12-03T12:00:00Z');
const policy = (licenseType: 'none' | 'trial' | 'intuneSuite' | 'cloudPkiAddOn', trialEndDateTime: Date | null = null, isHsmConfigured = true) =>
  cloudPkiLicensePolicy({ licenseType, trialEndDateTime }, { now, isHsmConfigured });

describe('cloudPkiLicensePolicy', () => {
  it('refuses Create without a license, naming the licenses that allow it', () => {
    expect(policy('none')).toMatchObject({ status: 'unlicensed', newKeyPlatform: null });
    expect(policy('none').createBlockedReason).toMatch(/no license.*Intune Suite.*Cloud PKI standalone Intune add-on/);
  });

  it('gives a running trial software keys, whether or not an HSM is configured', () => {
    const end = new Date(now.getTime() + 60_000);
    expect(policy('trial', end)).toEqual({ status: 'trial', newKeyPlatform: 'software', createBlockedReason: null });
    expect(policy('trial', end, false)).toEqual({ status: 'trial', newKeyPlatform: 'software', createBlockedReason: null });
  });

  it('refuses Create once the trial has ended (its end instant included)', () => {
    expect(policy('trial', now)).toMatchObject({ status: 'trialExpired', newKeyPlatform: null, createBlockedReason: expect.stringMatching(/trial .* has ended/) });
    expect(policy('trial', null).status).toBe('trialExpired');
  });

  it.each(['intuneSuite', 'cloudPkiAddOn'] as const)('gives a %s tenant HSM keys, and refuses rather than fall back to software without an HSM', (licenseType) => {
    expect(policy(licenseType)).toEqual({ status: 'licensed', newKeyPlatform: 'hardwareSecurityModule', createBlockedReason: null });
    expect(policy(licenseType, null, false)).toMatchObject({ status: 'licensed', newKeyPlatform: null, createBlockedReason: expect.stringMatching(/PKCS11_MODULE/) });
  });

  it('ends a trial started now after the trial period', () => {
    expect(trialEndFrom(now).getTime() - now.getTime()).toBe(TRIAL_DAYS * 86_400_000);
  });
});
