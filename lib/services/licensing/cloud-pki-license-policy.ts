// What a tenant's license lets Cloud PKI do, as a pure function: the Licenses blade, the Cloud PKI blade and the
// create service decide alike. A trial creates CAs whose keys are software-backed and stay so after purchase;
// a licensed tenant's CA keys live in the HSM (Graph keyPlatform hardwareSecurityModule).
import type { KeyPlatform } from '@/lib/keys/key-store';
import type { TCloudPkiLicenseStatus, TCloudPkiLicenseType } from '@/lib/schemas/cloud-pki-license';

export interface CloudPkiLicense {
  licenseType: TCloudPkiLicenseType;
  /** Set for a trial only: when it ends. */
  trialEndDateTime: Date | null;
}

/** Either where the keys of CAs created now go, or why Create is refused (in words an administrator can act on). */
export type CloudPkiLicensePolicy = { status: TCloudPkiLicenseStatus } & (
  | { newKeyPlatform: KeyPlatform; createBlockedReason: null }
  | { newKeyPlatform: null; createBlockedReason: string }
);

const NEEDS_LICENSE =
  'Cloud PKI needs Microsoft Intune Suite or the Microsoft Cloud PKI standalone Intune add-on (or a trial of either): add one in Tenant administration › Licenses.';

export function cloudPkiLicensePolicy(
  license: CloudPkiLicense,
  { now, isHsmConfigured }: { now: Date; isHsmConfigured: boolean },
): CloudPkiLicensePolicy {
  switch (license.licenseType) {
    case 'none':
      return { status: 'unlicensed', newKeyPlatform: null, createBlockedReason: `This tenant has no license for Cloud PKI. ${NEEDS_LICENSE}` };
    case 'trial':
      if (!license.trialEndDateTime || license.trialEndDateTime <= now) {
        return { status: 'trialExpired', newKeyPlatform: null, createBlockedReason: `The Cloud PKI trial of this tenant has ended. ${NEEDS_LICENSE}` };
      }
      return { status: 'trial', newKeyPlatform: 'software', createBlockedReason: null };
    case 'intuneSuite':
    case 'cloudPkiAddOn':
      // Refused rather than given software keys: an administrator who bought Cloud PKI expects HSM-backed CA keys,
      // and a software-backed CA can never be converted to them later.
      return isHsmConfigured
        ? { status: 'licensed', newKeyPlatform: 'hardwareSecurityModule', createBlockedReason: null }
        : {
            status: 'licensed',
            newKeyPlatform: null,
            createBlockedReason:
              'This tenant is licensed for HSM-backed CA keys, but the portal has no HSM configured: set PKCS11_MODULE, PKCS11_TOKEN_LABEL and PKCS11_PIN and restart it.',
          };
  }
}
