// What the SCEP wizard pre-fills (the Intune portal's defaults), and what the API assumes for properties a Graph
// client leaves out of a create body.
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import type { CertificateStore } from './scep-variables';

/** The Intune portal's `subjectNameFormatString` defaults per certificate type. */
export const DEFAULT_SUBJECT_NAME_FORMAT: Readonly<Record<CertificateStore, string>> = {
  user: 'CN={{UserName}},E={{EmailAddress}}',
  machine: 'CN={{AAD_Device_ID}}',
};

export const DEFAULT_RENEWAL_THRESHOLD_PERCENTAGE = 20;

export interface ScepDefaultsChoice {
  certificateStore?: CertificateStore;
  deploymentChannel?: 'deviceChannel' | 'userChannel';
}

/**
 * The defaults of a SCEP profile on `platform`. The subject depends on the certificate type, and on macOS the
 * certificate type on the channel (device channel → Device, user channel → User; the Intune portal's scepproperties_macscep).
 */
export function scepProfileDefaults(platform: Platform, choice: ScepDefaultsChoice = {}): Record<string, unknown> {
  const deploymentChannel = choice.deploymentChannel ?? 'deviceChannel';
  const certificateStore =
    choice.certificateStore ?? (platform === 'macOS' && deploymentChannel === 'deviceChannel' ? 'machine' : 'user');
  return {
    '@odata.type': PLATFORMS[platform].odataTypes.scep,
    description: null,
    roleScopeTagIds: ['0'],
    certificateStore,
    subjectNameFormat: 'custom',
    subjectNameFormatString: DEFAULT_SUBJECT_NAME_FORMAT[certificateStore],
    subjectAlternativeNameType: 'none',
    customSubjectAlternativeNames: [],
    certificateValidityPeriodValue: 1,
    certificateValidityPeriodScale: 'years',
    // [unverified] the portal's initial key usage selection; both flags is what Intune's own examples use.
    keyUsage: 'digitalSignature,keyEncipherment',
    keySize: 'size2048',
    // Empty rather than absent, so a body without them is told what to add instead of "expected array".
    extendedKeyUsages: [],
    scepServerUrls: [],
    renewalThresholdPercentage: DEFAULT_RENEWAL_THRESHOLD_PERCENTAGE,
    ...(platform !== 'ios' && { hashAlgorithm: 'sha2' }),
    // [unverified] the portal shows "Not configured"; Intune's Graph examples send the TPM-then-software choice.
    ...(platform === 'windows' && { keyStorageProvider: 'useTpmKspOtherwiseUseSoftwareKsp' }),
    ...(platform === 'macOS' && { deploymentChannel, allowAllAppsAccess: false }),
    ...(platform === 'androidEnterprise' && { certificateAccessType: 'userApproval', silentCertificateAccessDetails: [] }),
  };
}
