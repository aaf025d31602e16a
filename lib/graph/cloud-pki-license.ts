// The portal's `cloudPki.license` on the wire (GET/PATCH deviceManagement/cloudPkiLicense): a portal addition, as
// Graph has no Cloud PKI license object. It carries what the license allows now, so the UI shows what the server enforces.
import type { TCloudPkiLicenseStatus, TCloudPkiLicenseType } from '@/lib/schemas/cloud-pki-license';

export const CLOUD_PKI_LICENSE_CONTEXT = 'cloudPki.license';

export interface GraphCloudPkiLicense {
  licenseType: TCloudPkiLicenseType;
  trialEndDateTime: string | null;
  status: TCloudPkiLicenseStatus;
  /** Graph keyPlatform the keys of CAs created now get; null while Create is refused. */
  newCertificationAuthorityKeyPlatform: 'software' | 'hardwareSecurityModule' | null;
  /** Why Create is refused; null when it is not. */
  createBlockedReason: string | null;
}
