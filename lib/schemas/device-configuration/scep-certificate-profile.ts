// SCEP certificate profiles, one Graph type per platform: the field shapes plus the portal's
// cross-field rules — subject and SAN variable syntax for the certificate type, Windows' 4096-bit keys only in
// the Software KSP, macOS' user channel only for user certificates, silent app access needs apps.
// The issuing-CA rules (EKUs, key size, hash, validity, SCEP URI) need the CA: check-scep-profile-against-ca.ts.
import { z } from 'zod';
import type { Platform } from '@/lib/deployment/platforms';
import { checkSubjectAlternativeName } from './check-subject-alternative-name';
import { checkSubjectNameFormat } from './check-subject-name-format';
import type { FieldProblem } from './field-problem';
import {
  androidDeviceOwnerScepFields,
  androidWorkProfileScepFields,
  aospDeviceOwnerScepFields,
  iosScepFields,
  macOSScepFields,
  windows81ScepFields,
} from './scep-certificate-profile-fields';

export const SCEP_FIELDS = {
  windows: windows81ScepFields,
  ios: iosScepFields,
  macOS: macOSScepFields,
  androidEnterprise: androidDeviceOwnerScepFields,
  androidWorkProfile: androidWorkProfileScepFields,
  aosp: aospDeviceOwnerScepFields,
} as const satisfies Record<Platform, z.ZodType>;

type ScepFieldsOutput = z.output<(typeof SCEP_FIELDS)[Platform]>;

/** The rules between fields of one SCEP profile; pure, so the wizard and the PATCH merge run them too. */
export function findScepProfileRuleProblems(profile: ScepFieldsOutput, platform: Platform): FieldProblem[] {
  const context = { certificateStore: profile.certificateStore, platform };
  const problems = [
    ...checkSubjectNameFormat(profile.subjectNameFormatString, context),
    ...profile.customSubjectAlternativeNames.flatMap((san, index) => checkSubjectAlternativeName(san, index, context)),
  ];
  // 4096-bit keys on Windows only with the Software KSP (not TPM, not Windows Hello for Business).
  if ('keyStorageProvider' in profile && profile.keySize === 'size4096' && profile.keyStorageProvider !== 'useSoftwareKsp') {
    problems.push({
      field: 'keySize',
      message: "4096-bit keys need the key storage provider 'Enroll to Software KSP': TPM and Windows Hello for Business keys are at most 2048 bits",
    });
  }
  // With the user channel the certificate goes to the user keychain, so only user certificates.
  if ('deploymentChannel' in profile && profile.deploymentChannel === 'userChannel' && profile.certificateStore !== 'user') {
    problems.push({ field: 'certificateStore', message: 'The user channel deploys user certificates only: choose the User certificate type' });
  }
  if (
    'certificateAccessType' in profile &&
    profile.certificateAccessType === 'specificApps' &&
    profile.silentCertificateAccessDetails.length === 0
  ) {
    problems.push({ field: 'silentCertificateAccessDetails', message: 'Add the apps that get access to the certificate silently' });
  }
  return problems;
}

const withRules = <Schema extends (typeof SCEP_FIELDS)[Platform]>(schema: Schema, platform: Platform) =>
  schema.superRefine((profile, ctx) => {
    for (const { field, message } of findScepProfileRuleProblems(profile, platform)) {
      ctx.addIssue({ code: 'custom', path: field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message });
    }
  });

export const ZWindows81ScepCertificateProfile = withRules(windows81ScepFields, 'windows');
export const ZIosScepCertificateProfile = withRules(iosScepFields, 'ios');
export const ZMacOSScepCertificateProfile = withRules(macOSScepFields, 'macOS');
export const ZAndroidDeviceOwnerScepCertificateProfile = withRules(androidDeviceOwnerScepFields, 'androidEnterprise');
export const ZAndroidWorkProfileScepCertificateProfile = withRules(androidWorkProfileScepFields, 'androidWorkProfile');
export const ZAospDeviceOwnerScepCertificateProfile = withRules(aospDeviceOwnerScepFields, 'aosp');

export const SCEP_SCHEMAS = {
  windows: ZWindows81ScepCertificateProfile,
  ios: ZIosScepCertificateProfile,
  macOS: ZMacOSScepCertificateProfile,
  androidEnterprise: ZAndroidDeviceOwnerScepCertificateProfile,
  androidWorkProfile: ZAndroidWorkProfileScepCertificateProfile,
  aosp: ZAospDeviceOwnerScepCertificateProfile,
} as const satisfies Record<Platform, z.ZodType>;

export type TScepCertificateProfile = z.output<(typeof SCEP_SCHEMAS)[Platform]>;
export type TScepCertificateProfileInput = z.input<(typeof SCEP_SCHEMAS)[Platform]>;
export type TWindows81ScepCertificateProfile = z.output<typeof ZWindows81ScepCertificateProfile>;
export type TMacOSScepCertificateProfile = z.output<typeof ZMacOSScepCertificateProfile>;
export type TAndroidDeviceOwnerScepCertificateProfile = z.output<typeof ZAndroidDeviceOwnerScepCertificateProfile>;
