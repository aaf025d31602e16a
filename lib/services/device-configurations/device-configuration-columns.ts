// A validated Graph profile -> the columns it is stored in: common properties as columns, the type's own properties
// in `settings` (optional Graph properties written out as Graph returns them), the CA certificate as DER with its
// SHA-1 thumbprint — what the deployment order matches CAs by.
import 'server-only';
import type { DeviceConfigurationSettings } from '@/lib/db/repositories/device-configurations';
import { summarizeCertificate } from '@/lib/pki/certificate-summary';
import type { TDeviceConfiguration } from '@/lib/schemas/device-configuration/device-configuration';
import { ROOT_CERTIFICATE_BIND } from '@/lib/schemas/device-configuration/root-certificate-bind';

export interface DeviceConfigurationColumns {
  displayName: string;
  description: string | null;
  roleScopeTagIds: string[];
  settings: DeviceConfigurationSettings;
  trustedCertificateDer: Uint8Array<ArrayBuffer> | null;
  certificateThumbprint: string | null;
}

export function deviceConfigurationColumnsOf(profile: TDeviceConfiguration): DeviceConfigurationColumns {
  const { '@odata.type': _type, displayName, description, roleScopeTagIds, ...properties } = profile;
  const common = { displayName, description: description ?? null, roleScopeTagIds };
  if ('trustedRootCertificate' in properties) {
    const { trustedRootCertificate, ...settings } = properties;
    const der = new Uint8Array(Buffer.from(trustedRootCertificate, 'base64'));
    return {
      ...common,
      settings: { ...settings, certFileName: settings.certFileName ?? null },
      trustedCertificateDer: der,
      certificateThumbprint: summarizeCertificate(der).thumbprint,
    };
  }
  const { [ROOT_CERTIFICATE_BIND]: _bind, ...settings } = properties;
  return {
    ...common,
    settings: {
      ...settings,
      subjectAlternativeNameType: settings.subjectAlternativeNameType ?? 'none',
      subjectAlternativeNameFormatString: settings.subjectAlternativeNameFormatString ?? null,
    },
    trustedCertificateDer: null,
    certificateThumbprint: null,
  };
}
