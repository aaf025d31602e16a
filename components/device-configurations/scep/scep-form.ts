// The SCEP certificate wizard's form. It holds the Graph properties of the platform's SCEP type,
// except `@odata.type` (fixed by the platform) and the Root Certificate, held as the trusted certificate
// profile's id and bound on the way out; the server's schema validates the body (graphBodyResolver).
import type { FieldPath, Resolver } from 'react-hook-form';
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import { EKU_PRESETS } from '@/lib/schemas/extended-key-usage';
import type { SanType } from '@/lib/schemas/device-configuration/check-subject-alternative-name';
import { rootCertificateBindOf, ROOT_CERTIFICATE_BIND } from '@/lib/schemas/device-configuration/root-certificate-bind';
import { SCEP_SCHEMAS } from '@/lib/schemas/device-configuration/scep-certificate-profile';
import type {
  CERTIFICATE_ACCESS_TYPES,
  HASH_ALGORITHMS,
  KEY_SIZES,
  KEY_STORAGE_PROVIDERS,
  VALIDITY_SCALES,
} from '@/lib/schemas/device-configuration/scep-certificate-profile-fields';
import { scepProfileDefaults } from '@/lib/schemas/device-configuration/scep-profile-defaults';
import type { CertificateStore } from '@/lib/schemas/device-configuration/scep-variables';
import type { DEPLOYMENT_CHANNELS } from '@/lib/schemas/device-configuration/trusted-certificate-profile';
import { graphBodyResolver } from '../wizard/graph-body-resolver';
import { BASICS_FIELDS } from '../wizard/profile-wizard-steps';

export interface ScepFormValues {
  displayName: string;
  description?: string | null;
  roleScopeTagIds: string[];
  certificateStore: CertificateStore;
  subjectNameFormat: 'custom';
  subjectNameFormatString: string;
  subjectAlternativeNameType?: 'none';
  customSubjectAlternativeNames: { sanType: SanType; name: string }[];
  certificateValidityPeriodValue: number;
  certificateValidityPeriodScale: (typeof VALIDITY_SCALES)[number];
  /** Graph flags: "digitalSignature,keyEncipherment". */
  keyUsage: string;
  keySize: (typeof KEY_SIZES)[number];
  hashAlgorithm?: (typeof HASH_ALGORITHMS)[number];
  keyStorageProvider?: (typeof KEY_STORAGE_PROVIDERS)[number];
  extendedKeyUsages: { name: string; objectIdentifier: string }[];
  renewalThresholdPercentage: number;
  /** Exactly one for Cloud PKI. */
  scepServerUrls: string[];
  /** The trusted certificate profile chosen as Root Certificate ('' until chosen). */
  rootCertificateId: string;
  deploymentChannel?: (typeof DEPLOYMENT_CHANNELS)[number];
  allowAllAppsAccess?: boolean;
  certificateAccessType?: (typeof CERTIFICATE_ACCESS_TYPES)[number];
  silentCertificateAccessDetails?: { packageId: string }[];
}

const CLIENT_AUTHENTICATION = EKU_PRESETS.find((eku) => eku.objectIdentifier === '1.3.6.1.5.5.7.3.2')!;

export function scepFormDefaults(platform: Platform): ScepFormValues {
  const { '@odata.type': _type, ...defaults } = scepProfileDefaults(platform);
  return {
    displayName: '',
    ...defaults,
    // Normally Client Authentication.
    extendedKeyUsages: [{ name: CLIENT_AUTHENTICATION.name, objectIdentifier: CLIENT_AUTHENTICATION.objectIdentifier }],
    scepServerUrls: [''],
    rootCertificateId: '',
  } as ScepFormValues;
}

/** The Graph body of `POST …/deviceConfigurations`, of checkAssignments' unsaved profile and of validateScepProfile. */
export function scepBody(platform: Platform, values: ScepFormValues): Record<string, unknown> {
  const { rootCertificateId, ...properties } = values;
  return {
    '@odata.type': PLATFORMS[platform].odataTypes.scep,
    ...properties,
    ...(rootCertificateId && { [ROOT_CERTIFICATE_BIND]: rootCertificateBindOf(rootCertificateId) }),
  };
}

/** Where a message about a body property shows in the wizard. */
export function scepFieldOf(bodyPath: string): string | undefined {
  if (bodyPath === ROOT_CERTIFICATE_BIND) return 'rootCertificateId';
  if (bodyPath === '@odata.type') return undefined;
  return bodyPath;
}

export function scepResolver(platform: Platform): Resolver<ScepFormValues, unknown, Record<string, unknown>> {
  return graphBodyResolver<ScepFormValues>(SCEP_SCHEMAS[platform], (values) => scepBody(platform, values), scepFieldOf);
}

const CONFIGURATION_FIELDS = [
  'deploymentChannel',
  'certificateStore',
  'subjectNameFormatString',
  'customSubjectAlternativeNames',
  'certificateValidityPeriodValue',
  'certificateValidityPeriodScale',
  'keyStorageProvider',
  'keyUsage',
  'keySize',
  'hashAlgorithm',
  'rootCertificateId',
  'extendedKeyUsages',
  'renewalThresholdPercentage',
  'scepServerUrls',
  'allowAllAppsAccess',
  'certificateAccessType',
  'silentCertificateAccessDetails',
] as const satisfies readonly FieldPath<ScepFormValues>[];

export const SCEP_STEP_FIELDS: readonly (readonly FieldPath<ScepFormValues>[])[] = [BASICS_FIELDS, CONFIGURATION_FIELDS, [], []];
