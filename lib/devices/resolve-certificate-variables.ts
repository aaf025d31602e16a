// Intune replaces the {{variables}} of a SCEP profile's subject and SANs with the device's and its primary user's
// attributes before the device builds its CSR. A variable the device cannot supply — a
// user variable on a userless device, {{IMEI}} on a Wi-Fi-only device, a missing email — means no certificate and
// an error in the report that names the variable (a device must support every variable used).
import { VARIABLE_PATTERN } from '@/lib/schemas/device-configuration/scep-variables';

export interface CertificateVariableSource {
  readonly device: {
    /** The Intune device id. */
    readonly id: string;
    /** The Entra device object id. */
    readonly azureAdDeviceId: string;
    readonly deviceName: string;
    readonly serialNumber: string;
    readonly imei: string | null;
    readonly wifiMacAddress: string | null;
  };
  /** The primary user; null on a userless device (kiosk, dedicated, shared). */
  readonly user: {
    readonly userPrincipalName: string;
    readonly mail: string | null;
    readonly givenName: string | null;
    readonly surname: string | null;
  } | null;
}

export type ResolvedText = { ok: true; value: string } | { ok: false; variable: string; message: string };

type Lookup = (source: CertificateVariableSource) => { value: string | null; missing: string };

const device = (read: (device: CertificateVariableSource['device']) => string | null, missing: string): Lookup => (source) => ({
  value: read(source.device),
  missing,
});
const user =
  (read: (user: NonNullable<CertificateVariableSource['user']>) => string | null, missing: string): Lookup =>
  (source) =>
    source.user ? { value: read(source.user), missing } : { value: null, missing: 'the device has no primary user (userless device)' };
const never = (missing: string): Lookup => () => ({ value: null, missing });

// Keys are lower case: Intune's own lists spell some names in two cases ({{SERIALNUMBER}}, {{SerialNumber}}).
const LOOKUPS: Record<string, Lookup> = {
  aad_device_id: device((d) => d.azureAdDeviceId, 'the device has no Microsoft Entra device ID'),
  azureaddeviceid: device((d) => d.azureAdDeviceId, 'the device has no Microsoft Entra device ID'),
  deviceid: device((d) => d.id, 'the device has no Intune device ID'),
  devicename: device((d) => d.deviceName, 'the device has no name'),
  device_serial: device((d) => d.serialNumber, 'the device reports no serial number'),
  serialnumber: device((d) => d.serialNumber, 'the device reports no serial number'),
  imei: device((d) => d.imei, 'the device has no IMEI (no cellular modem)'),
  imeinumber: device((d) => d.imei, 'the device has no IMEI (no cellular modem)'),
  device_imei: device((d) => d.imei, 'the device has no IMEI (no cellular modem)'),
  wifimacaddress: device((d) => d.wifiMacAddress, 'the device reports no Wi-Fi MAC address'),
  meid: never('the device has no MEID (no CDMA modem)'),
  // Windows devices joined to an on-premises domain only.
  fullyqualifieddomainname: never('the device is not joined to an on-premises domain'),
  // [unverified] Intune's {{UserName}} is the user name part of the UPN (jane.doe of jane.doe@contoso.com).
  username: user((u) => u.userPrincipalName.split('@')[0] ?? null, 'the user has no user name'),
  userprincipalname: user((u) => u.userPrincipalName, 'the user has no user principal name'),
  emailaddress: user((u) => u.mail, 'the user has no email address in Microsoft Entra ID'),
  givenname: user((u) => u.givenName, 'the user has no given name in Microsoft Entra ID'),
  surname: user((u) => u.surname, 'the user has no surname in Microsoft Entra ID'),
  // Cloud-only users: nothing is synchronised from on-premises Active Directory.
  onprem_distinguished_name: user(() => null, 'the user is not synchronised from on-premises Active Directory'),
  onpremisessamaccountname: user(() => null, 'the user is not synchronised from on-premises Active Directory'),
  onpremisessecurityidentifier: user(() => null, 'the user is not synchronised from on-premises Active Directory'),
  department: user(() => null, 'the user has no department in Microsoft Entra ID'),
};

/** `template` with every {{variable}} replaced, or the first variable that cannot be. */
export function resolveCertificateVariables(template: string, source: CertificateVariableSource): ResolvedText {
  for (const match of template.matchAll(VARIABLE_PATTERN)) {
    const variable = (match[1] ?? '').trim();
    const lookup = LOOKUPS[variable.toLowerCase()];
    if (!lookup) return { ok: false, variable, message: `{{${variable}}} is not a variable Intune knows` };
    const { value, missing } = lookup(source);
    if (!value) return { ok: false, variable, message: `The device cannot supply {{${variable}}}: ${missing}` };
  }
  return {
    ok: true,
    value: template.replace(VARIABLE_PATTERN, (_match, name: string) => LOOKUPS[name.trim().toLowerCase()]?.(source).value ?? ''),
  };
}
