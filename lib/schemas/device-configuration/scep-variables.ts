// The {{variables}} Intune replaces in a SCEP profile's subject name and subject alternative names.
// User certificates may use user and device variables; device certificates only device variables.
import type { Platform } from '@/lib/deployment/platforms';

export type CertificateStore = 'user' | 'machine';

/** Device variables, usable in both certificate types. */
export const DEVICE_VARIABLES = [
  'AAD_Device_ID',
  'AzureADDeviceId',
  'DeviceId',
  'Device_Serial',
  'Device_IMEI',
  'SerialNumber',
  'IMEINumber',
  'WiFiMacAddress',
  'IMEI',
  'DeviceName',
  'FullyQualifiedDomainName',
  'MEID',
] as const;

/** User variables, usable only in user certificates. */
export const USER_VARIABLES = [
  'UserName',
  'UserPrincipalName',
  'EmailAddress',
  'OnPrem_Distinguished_Name',
  'OnPremisesSamAccountName',
  'GivenName',
  'SurName',
  // [unverified] D-SCEP names Department among the attributes AOSP lacks; Intune most likely offers it as {{Department}}.
  'Department',
] as const;

/** Only in a URI subject alternative name: Intune writes the KB5014754 strong-mapping tag. */
export const URI_ONLY_VARIABLES = ['OnPremisesSecurityIdentifier'] as const;

// D-SCEP: AOSP devices cannot supply these on-premises and directory attributes.
const UNAVAILABLE_ON: Partial<Record<Platform, readonly string[]>> = {
  aosp: ['OnPremisesSamAccountName', 'OnPrem_Distinguished_Name', 'Department'],
};

/** Matches `{{Name}}`; Intune's own list spells some names in two cases (SERIALNUMBER, SerialNumber), so case is ignored. */
export const VARIABLE_PATTERN = /\{\{([^{}]*)\}\}/g;

const canonical = (names: readonly string[]) => new Map(names.map((name) => [name.toLowerCase(), name]));
const DEVICE = canonical(DEVICE_VARIABLES);
const USER = canonical(USER_VARIABLES);
const URI_ONLY = canonical(URI_ONLY_VARIABLES);

export type VariableVerdict =
  | { ok: true; name: string }
  | { ok: false; reason: 'unknown' | 'userVariableInDeviceCertificate' | 'uriOnly' | 'unavailableOnPlatform'; name: string };

/** Whether `{{raw}}` may be used in a certificate of this type on this platform, in a URI SAN or elsewhere. */
export function judgeVariable(
  raw: string,
  context: { certificateStore: CertificateStore; platform: Platform; isUriSan: boolean },
): VariableVerdict {
  const key = raw.trim().toLowerCase();
  const uriOnly = URI_ONLY.get(key);
  if (uriOnly) return context.isUriSan ? { ok: true, name: uriOnly } : { ok: false, reason: 'uriOnly', name: uriOnly };
  const user = USER.get(key);
  const name = DEVICE.get(key) ?? user;
  if (!name) return { ok: false, reason: 'unknown', name: raw };
  if (user && context.certificateStore === 'machine') return { ok: false, reason: 'userVariableInDeviceCertificate', name };
  if (UNAVAILABLE_ON[context.platform]?.includes(name)) return { ok: false, reason: 'unavailableOnPlatform', name };
  return { ok: true, name };
}

/** The variables a certificate type may use on a platform, for the wizard's "variables" help. */
export function variablesFor(certificateStore: CertificateStore, platform: Platform): string[] {
  const names = certificateStore === 'user' ? [...USER_VARIABLES, ...DEVICE_VARIABLES] : [...DEVICE_VARIABLES];
  return names.filter((name) => !UNAVAILABLE_ON[platform]?.includes(name));
}

/** The sentence for a refused variable, naming the field it was found in. */
export function variableMessage(verdict: Extract<VariableVerdict, { ok: false }>, platformLabel: string): string {
  const variable = `{{${verdict.name}}}`;
  switch (verdict.reason) {
    case 'unknown':
      return `${variable} is not a variable Intune knows. Use one of the listed variables, wrapped in {{ }}`;
    case 'userVariableInDeviceCertificate':
      return `${variable} is a user variable: device certificates can only use device variables such as {{AAD_Device_ID}} or {{DeviceName}}`;
    case 'uriOnly':
      return `${variable} can only be used in a URI subject alternative name`;
    case 'unavailableOnPlatform':
      return `${variable} is not available on ${platformLabel} devices`;
  }
}
