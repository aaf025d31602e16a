// Maps the tenant's license state to the portal's `cloudPki.license` (lib/graph/cloud-pki-license.ts).
import type { CloudPkiLicenseState } from '@/lib/services/licensing/get-cloud-pki-license';
import type { GraphCloudPkiLicense } from './cloud-pki-license';

export function toGraphCloudPkiLicense(state: CloudPkiLicenseState): GraphCloudPkiLicense {
  return {
    licenseType: state.licenseType,
    trialEndDateTime: state.trialEndDateTime?.toISOString() ?? null,
    status: state.status,
    newCertificationAuthorityKeyPlatform: state.newKeyPlatform,
    createBlockedReason: state.createBlockedReason,
  };
}
