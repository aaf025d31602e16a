// The Graph JSON of the device configurations this portal reads, as the blades consume it.
import type { AssignmentTarget } from '@/lib/deployment/types';
import type { TExtendedKeyUsage } from '@/lib/schemas/extended-key-usage';

export interface GraphDeviceConfigurationAssignment {
  id?: string;
  target: AssignmentTarget;
}

interface GraphDeviceConfigurationBase {
  '@odata.type': string;
  id: string;
  displayName: string;
  description: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  version?: number;
  /** Present with `$expand=assignments`. */
  assignments?: GraphDeviceConfigurationAssignment[];
}

export type DestinationStore = 'computerCertStoreRoot' | 'computerCertStoreIntermediate' | 'userCertStoreIntermediate';
export type DeploymentChannel = 'deviceChannel' | 'userChannel';

export interface GraphTrustedCertificateProfile extends GraphDeviceConfigurationBase {
  /** Base64 DER of the CA certificate. */
  trustedRootCertificate: string;
  certFileName: string | null;
  destinationStore?: DestinationStore;
  deploymentChannel?: DeploymentChannel;
}

export type SanType = 'emailAddress' | 'userPrincipalName' | 'domainNameService' | 'universalResourceIdentifier';
export type ValidityScale = 'days' | 'months' | 'years';
export type KeyStorageProvider =
  | 'useTpmKspOtherwiseUseSoftwareKsp'
  | 'useTpmKspOtherwiseFail'
  | 'usePassportForWorkKspOtherwiseFail'
  | 'useSoftwareKsp';
export type KeySize = 'size1024' | 'size2048' | 'size4096';
export type CertificateAccessType = 'userApproval' | 'specificApps';

export interface GraphScepProfile extends GraphDeviceConfigurationBase {
  certificateStore: 'user' | 'machine';
  subjectNameFormat: string;
  subjectNameFormatString: string | null;
  customSubjectAlternativeNames: { sanType: SanType; name: string }[];
  certificateValidityPeriodValue: number;
  certificateValidityPeriodScale: ValidityScale;
  keyStorageProvider?: KeyStorageProvider;
  /** Graph flags on the wire: "digitalSignature,keyEncipherment". */
  keyUsage: string;
  keySize: KeySize;
  hashAlgorithm?: 'sha1' | 'sha2';
  extendedKeyUsages: TExtendedKeyUsage[];
  renewalThresholdPercentage: number;
  scepServerUrls: string[];
  deploymentChannel?: DeploymentChannel;
  allowAllAppsAccess?: boolean;
  certificateAccessType?: CertificateAccessType;
  silentCertificateAccessDetails?: { packageId: string }[];
  /** Present with `$expand=rootCertificate`. */
  rootCertificate?: GraphTrustedCertificateProfile | null;
}

export type GraphDeviceConfiguration = GraphDeviceConfigurationBase &
  Partial<Omit<GraphTrustedCertificateProfile, keyof GraphDeviceConfigurationBase>> &
  Partial<Omit<GraphScepProfile, keyof GraphDeviceConfigurationBase>>;
