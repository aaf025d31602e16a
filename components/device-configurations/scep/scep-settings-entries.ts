// The SCEP settings as label/value pairs, in the portal's order: Review + create and the profile's Properties.
import type { Platform } from '@/lib/deployment/platforms';
import { SAN_TYPE_LABELS } from '@/lib/schemas/device-configuration/check-subject-alternative-name';
import {
  CERTIFICATE_ACCESS_TYPE_LABELS,
  CERTIFICATE_STORE_LABELS,
  KEY_STORAGE_PROVIDER_LABELS,
  KEY_USAGE_LABELS,
} from '@/lib/schemas/device-configuration/scep-certificate-profile-fields';
import { DEPLOYMENT_CHANNEL_LABELS } from '@/lib/schemas/device-configuration/trusted-certificate-profile';
import type { GraphScepProfile } from '../graph-device-configuration';

export interface SettingEntry {
  label: string;
  value: string;
}

type ScepSettings = Pick<
  GraphScepProfile,
  | 'certificateStore'
  | 'subjectNameFormatString'
  | 'customSubjectAlternativeNames'
  | 'certificateValidityPeriodValue'
  | 'certificateValidityPeriodScale'
  | 'keyStorageProvider'
  | 'keyUsage'
  | 'keySize'
  | 'hashAlgorithm'
  | 'extendedKeyUsages'
  | 'renewalThresholdPercentage'
  | 'scepServerUrls'
  | 'deploymentChannel'
  | 'allowAllAppsAccess'
  | 'certificateAccessType'
  | 'silentCertificateAccessDetails'
>;

const SCALE_UNITS = { days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'] } as const;
const KEY_SIZE_LABELS = { size1024: '1024', size2048: '2048', size4096: '4096' } as const;
const HASH_LABELS = { sha1: 'SHA-1', sha2: 'SHA-2' } as const;
const none = (items: readonly string[]) => (items.length > 0 ? items.join('; ') : 'Not configured');

export function scepSettingEntries(platform: Platform, settings: ScepSettings, rootCertificateName: string | undefined): SettingEntry[] {
  const keyUsage = settings.keyUsage
    .split(',')
    .map((flag) => KEY_USAGE_LABELS[flag.trim() as keyof typeof KEY_USAGE_LABELS] ?? flag)
    .filter(Boolean);
  const entries: (SettingEntry | false)[] = [
    platform === 'macOS' && !!settings.deploymentChannel && { label: 'Deployment channel', value: DEPLOYMENT_CHANNEL_LABELS[settings.deploymentChannel] },
    { label: 'Certificate type', value: CERTIFICATE_STORE_LABELS[settings.certificateStore] },
    { label: 'Subject name format', value: settings.subjectNameFormatString || '—' },
    {
      label: 'Subject alternative name',
      value: none(settings.customSubjectAlternativeNames.map((san) => `${SAN_TYPE_LABELS[san.sanType]}: ${san.name}`)),
    },
    {
      label: 'Certificate validity period',
      value: `${settings.certificateValidityPeriodValue} ${SCALE_UNITS[settings.certificateValidityPeriodScale][settings.certificateValidityPeriodValue === 1 ? 0 : 1]}`,
    },
    platform === 'windows' &&
      !!settings.keyStorageProvider && { label: 'Key storage provider (KSP)', value: KEY_STORAGE_PROVIDER_LABELS[settings.keyStorageProvider] },
    { label: 'Key usage', value: none(keyUsage) },
    { label: 'Key size (bits)', value: KEY_SIZE_LABELS[settings.keySize] },
    platform !== 'ios' && !!settings.hashAlgorithm && { label: 'Hash algorithm', value: HASH_LABELS[settings.hashAlgorithm] },
    { label: 'Root Certificate', value: rootCertificateName ?? '—' },
    { label: 'Extended key usage', value: none(settings.extendedKeyUsages.map((eku) => `${eku.name} (${eku.objectIdentifier})`)) },
    { label: 'Renewal threshold (%)', value: String(settings.renewalThresholdPercentage) },
    { label: 'SCEP Server URLs', value: none(settings.scepServerUrls) },
    platform === 'macOS' && { label: 'Allow all apps access to private key', value: settings.allowAllAppsAccess ? 'Enable' : 'Disable' },
    platform === 'androidEnterprise' &&
      !!settings.certificateAccessType && { label: 'Certificate access', value: CERTIFICATE_ACCESS_TYPE_LABELS[settings.certificateAccessType] },
    platform === 'androidEnterprise' &&
      settings.certificateAccessType === 'specificApps' && {
        label: 'Apps granted silent access',
        value: none((settings.silentCertificateAccessDetails ?? []).map((app) => app.packageId)),
      },
  ];
  return entries.filter((entry): entry is SettingEntry => entry !== false);
}
