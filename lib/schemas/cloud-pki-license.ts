// The tenant's Cloud PKI license (portal addition `cloudPki.license`): one schema for the Licenses blade's form,
// the PATCH route and the tests. Cloud PKI needs Microsoft Intune Suite or the Microsoft Cloud PKI standalone
// Intune add-on; a trial of either is the third way in.
import { z } from 'zod';

export const CLOUD_PKI_LICENSE_TYPES = ['none', 'trial', 'intuneSuite', 'cloudPkiAddOn'] as const;
export type TCloudPkiLicenseType = (typeof CLOUD_PKI_LICENSE_TYPES)[number];

export const CLOUD_PKI_LICENSE_NAMES: Record<TCloudPkiLicenseType, string> = {
  none: 'No license',
  trial: 'Trial (Intune Suite or Cloud PKI add-on)',
  intuneSuite: 'Microsoft Intune Suite',
  cloudPkiAddOn: 'Microsoft Cloud PKI standalone Intune add-on',
};

// Microsoft offers the Intune Suite trial for 90 days [unverified for the Cloud PKI add-on trial].
export const TRIAL_DAYS = 90;

export function trialEndFrom(start: Date): Date {
  return new Date(start.getTime() + TRIAL_DAYS * 24 * 60 * 60 * 1000);
}

/** What the server says about the license: the blades show it, the create service enforces it. */
export type TCloudPkiLicenseStatus = 'unlicensed' | 'trial' | 'trialExpired' | 'licensed';

export const ZChangeCloudPkiLicense = z.discriminatedUnion('licenseType', [
  z.object({ licenseType: z.literal('trial'), trialEndDateTime: z.iso.datetime({ offset: true, error: 'trialEndDateTime must be an ISO 8601 date-time' }) }),
  z.object({ licenseType: z.enum(['none', 'intuneSuite', 'cloudPkiAddOn']) }),
]);
export type TChangeCloudPkiLicense = z.infer<typeof ZChangeCloudPkiLicense>;
