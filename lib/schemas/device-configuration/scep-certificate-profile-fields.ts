// The properties of the six SCEP certificate profile types (the wizard's settings, which platform has which, Graph's
// enums), as zod shapes without cross-field rules: the rules live in scep-certificate-profile.ts, and PATCH
// bodies are these shapes made partial.
import { z } from 'zod';
import { ZExtendedKeyUsages } from '../extended-key-usage';
import { SAN_TYPES } from './check-subject-alternative-name';
import { basicsShape, unknownPropertyError } from './profile-basics';
import { rootCertificateIdOfBind, ROOT_CERTIFICATE_BIND } from './root-certificate-bind';
import { DEPLOYMENT_CHANNELS } from './trusted-certificate-profile';

export const CERTIFICATE_STORES = ['user', 'machine'] as const;
export const VALIDITY_SCALES = ['days', 'months', 'years'] as const;
export const KEY_SIZES = ['size1024', 'size2048', 'size4096'] as const;
export const HASH_ALGORITHMS = ['sha1', 'sha2'] as const;
export const KEY_USAGES = ['digitalSignature', 'keyEncipherment'] as const;
export const KEY_STORAGE_PROVIDERS = [
  'useTpmKspOtherwiseUseSoftwareKsp',
  'useTpmKspOtherwiseFail',
  'usePassportForWorkKspOtherwiseFail',
  'useSoftwareKsp',
] as const;
export const CERTIFICATE_ACCESS_TYPES = ['userApproval', 'specificApps'] as const;

/** The Intune portal's labels, for the wizard's dropdowns and the review page. */
export const CERTIFICATE_STORE_LABELS = { user: 'User', machine: 'Device' } as const;
export const KEY_USAGE_LABELS = { digitalSignature: 'Digital signature', keyEncipherment: 'Key encipherment' } as const;
export const KEY_STORAGE_PROVIDER_LABELS: Readonly<Record<(typeof KEY_STORAGE_PROVIDERS)[number], string>> = {
  useTpmKspOtherwiseUseSoftwareKsp: 'Enroll to Trusted Platform Module (TPM) KSP if present, otherwise Software KSP',
  useTpmKspOtherwiseFail: 'Enroll to Trusted Platform Module (TPM) KSP, otherwise fail',
  usePassportForWorkKspOtherwiseFail: 'Enroll to Windows Hello for Business, otherwise fail (Windows 10 and later)',
  useSoftwareKsp: 'Enroll to Software KSP',
};
export const CERTIFICATE_ACCESS_TYPE_LABELS = {
  userApproval: 'Require user approval for apps',
  specificApps: 'Grant silently for specific apps',
} as const;

/**
 * Graph `keyUsages` flags travel as one string, "digitalSignature,keyEncipherment". Any order and spacing is
 * accepted; the output lists the flags in the portal's order, without duplicates.
 */
export const ZKeyUsage = z.string({ error: 'Select at least one key usage' }).transform((value, ctx) => {
  const flags = value.split(',').map((flag) => flag.trim()).filter(Boolean);
  const unknown = flags.filter((flag) => !(KEY_USAGES as readonly string[]).includes(flag));
  if (unknown.length > 0) {
    ctx.addIssue({ code: 'custom', message: `Unknown key usage ${unknown.join(', ')}: use digitalSignature and/or keyEncipherment` });
    return z.NEVER;
  }
  if (flags.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'Select at least one key usage' });
    return z.NEVER;
  }
  return KEY_USAGES.filter((flag) => flags.includes(flag)).join(',');
});

export const ZCustomSubjectAlternativeName = z.object({
  sanType: z.enum(SAN_TYPES, { error: 'Choose an attribute: Email address, UPN, DNS or URI' }),
  name: z.string({ error: 'Enter a value' }).trim(),
});

export const ZRootCertificateBind = z
  .string({ error: 'Select the Root Certificate (a trusted certificate profile)' })
  .refine((bind) => rootCertificateIdOfBind(bind) !== undefined, {
    message: "Bind the Root Certificate as …/deviceManagement/deviceConfigurations('<trusted certificate profile id>')",
  });

const scepShape = {
  ...basicsShape,
  certificateStore: z.enum(CERTIFICATE_STORES, { error: 'Choose a certificate type: user or machine' }),
  // The portal always sends custom with the name in subjectNameFormatString (as the Intune portal does: fixedValue='custom'); the legacy
  // presets (commonName, commonNameAsEmail, …) are not offered.
  subjectNameFormat: z.literal('custom', { error: 'Set subjectNameFormat to custom and the name in subjectNameFormatString' }),
  subjectNameFormatString: z.string({ error: 'Enter a subject name format' }).trim(),
  // Legacy single-SAN properties: customSubjectAlternativeNames replaced them; Graph still sends "none".
  subjectAlternativeNameType: z.literal('none', { error: 'Use customSubjectAlternativeNames for subject alternative names' }).nullish(),
  subjectAlternativeNameFormatString: z.string().max(0, 'Use customSubjectAlternativeNames for subject alternative names').nullish(),
  customSubjectAlternativeNames: z.array(ZCustomSubjectAlternativeName).max(500, 'At most 500 subject alternative names'),
  certificateValidityPeriodValue: z
    .number({ error: 'Enter the certificate validity period' })
    .int('Enter a whole number')
    .min(1, 'The validity period is at least 1')
    .max(36500, 'Enter a shorter validity period'),
  certificateValidityPeriodScale: z.enum(VALIDITY_SCALES, { error: 'Choose days, months or years' }),
  keyUsage: ZKeyUsage,
  keySize: z.enum(KEY_SIZES, { error: 'Choose a key size' }),
  extendedKeyUsages: ZExtendedKeyUsages,
  renewalThresholdPercentage: z
    .number({ error: 'Enter a renewal threshold' })
    .int('Enter a whole number')
    .min(1, 'Enter a percentage between 1 and 99')
    .max(99, 'Enter a percentage between 1 and 99'),
  scepServerUrls: z
    .array(
      z
        .string()
        .trim()
        .regex(/^https:\/\/\S+$/i, 'Enter an https:// URL: paste the issuing CA\'s SCEP URI'),
    )
    .length(1, "Cloud PKI takes exactly one SCEP server URL: the issuing CA's SCEP URI"),
  [ROOT_CERTIFICATE_BIND]: ZRootCertificateBind,
};

const hashAlgorithm = z.enum(HASH_ALGORITHMS, { error: 'Choose a hash algorithm' });

const scepFields = <Type extends string, Extra extends z.ZodRawShape>(odataType: Type, extra: Extra) =>
  z.strictObject({ '@odata.type': z.literal(odataType), ...scepShape, ...extra }, { error: unknownPropertyError(odataType) });

// Per type, exactly the properties Graph gives it: KSP only on Windows, no hash on iOS, channel and
// app access only on macOS, certificate access only on Android Enterprise device owner.
export const windows81ScepFields = scepFields('#microsoft.graph.windows81SCEPCertificateProfile', {
  hashAlgorithm,
  keyStorageProvider: z.enum(KEY_STORAGE_PROVIDERS, { error: 'Choose a key storage provider' }),
});
export const iosScepFields = scepFields('#microsoft.graph.iosScepCertificateProfile', {});
export const macOSScepFields = scepFields('#microsoft.graph.macOSScepCertificateProfile', {
  hashAlgorithm,
  deploymentChannel: z.enum(DEPLOYMENT_CHANNELS, { error: 'Choose a deployment channel' }),
  allowAllAppsAccess: z.boolean(),
});
export const androidDeviceOwnerScepFields = scepFields('#microsoft.graph.androidDeviceOwnerScepCertificateProfile', {
  hashAlgorithm,
  certificateAccessType: z.enum(CERTIFICATE_ACCESS_TYPES, { error: 'Choose how apps get access to the certificate' }),
  silentCertificateAccessDetails: z
    .array(
      z.object({
        packageId: z
          .string()
          .trim()
          .regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/, 'Enter an Android package name such as com.contoso.app'),
      }),
    )
    .max(50, 'At most 50 apps'),
});
export const androidWorkProfileScepFields = scepFields('#microsoft.graph.androidWorkProfileScepCertificateProfile', {
  hashAlgorithm,
});
export const aospDeviceOwnerScepFields = scepFields('#microsoft.graph.aospDeviceOwnerScepCertificateProfile', {
  hashAlgorithm,
});
