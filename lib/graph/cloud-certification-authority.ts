// Graph JSON of `microsoft.graph.cloudCertificationAuthority` as this portal serves it.
import type { TExtendedKeyUsage } from '@/lib/schemas/extended-key-usage';

export type CloudCertificationAuthorityStatus = 'active' | 'paused' | 'revoked' | 'signingPending' | 'expired';
export type CloudCertificationAuthorityType =
  | 'rootCertificationAuthority'
  | 'issuingCertificationAuthority'
  | 'issuingCertificationAuthorityWithExternalRoot';

export interface GraphCloudCertificationAuthority {
  '@odata.type': '#microsoft.graph.cloudCertificationAuthority';
  id: string;
  displayName: string;
  description: string | null;
  cloudCertificationAuthorityType: CloudCertificationAuthorityType;
  certificationAuthorityStatus: CloudCertificationAuthorityStatus;
  /** Intune template with the literal {{CloudPKIFQDN}}; null on a root. */
  scepServerUrl: string | null;
  certificateRevocationListUrl: string;
  /** `data:application/x-x509-ca-cert;base64,<DER>` as on the live wire. */
  certificateDownloadUrl: string;
  /** The parent's certificate (AIA); "" on a root. */
  certificationAuthorityIssuerUri: string;
  ocspResponderUri: string;
  certificationAuthorityIssuerId: string;
  issuerCommonName: string | null;
  rootCertificateCommonName: string | null;
  validityPeriodInYears: number;
  /** null until a BYOCA's signed certificate is uploaded. */
  validityStartDateTime: string | null;
  validityEndDateTime: string | null;
  commonName: string;
  organizationName: string | null;
  organizationUnit: string | null;
  localityName: string | null;
  stateName: string | null;
  countryName: string | null;
  subjectName: string;
  certificateKeySize: string;
  cloudCertificationAuthorityHashingAlgorithm: string;
  thumbprint: string;
  serialNumber: string;
  certificateSigningRequest: string | null;
  extendedKeyUsages: TExtendedKeyUsage[];
  roleScopeTagIds: string[];
  keyPlatform: 'software' | 'hardwareSecurityModule';
  versionNumber: number;
  eTag: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
}
