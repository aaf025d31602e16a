// Domain row -> Graph `deviceConfiguration` JSON: the common properties, the type's own properties
// from `settings`, and the trusted certificate as base64. A SCEP profile's `rootCertificate` appears only when
// expanded (`$expand=rootCertificate`), as on the live service (T-MISC); `assignments` likewise.
import 'server-only';
import type { DeviceConfigurationAssignmentRow } from '@/lib/db/repositories/device-configuration-assignments';
import type { DeviceConfigurationRow } from '@/lib/db/repositories/device-configurations';
import { ROOT_CERTIFICATE_BIND, rootCertificateBindOf } from '@/lib/schemas/device-configuration/root-certificate-bind';
import { toGraphDeviceConfigurationAssignment } from './to-graph-device-configuration-assignment';

export interface DeviceConfigurationExpansions {
  /** Expanded Root Certificate of a SCEP profile; null when it has none (or it is gone). */
  rootCertificate?: DeviceConfigurationRow | null;
  assignments?: readonly DeviceConfigurationAssignmentRow[];
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The writable Graph properties of a stored profile: the body a PATCH is merged over. */
export function toWritableDeviceConfiguration(row: DeviceConfigurationRow): Record<string, unknown> {
  return {
    '@odata.type': row.odataType,
    displayName: row.displayName,
    description: row.description,
    roleScopeTagIds: row.roleScopeTagIds,
    ...row.settings,
    ...(row.trustedCertificateDer && { trustedRootCertificate: base64(row.trustedCertificateDer) }),
    ...(row.rootCertificateProfileId && { [ROOT_CERTIFICATE_BIND]: rootCertificateBindOf(row.rootCertificateProfileId) }),
  };
}

export function toGraphDeviceConfiguration(
  row: DeviceConfigurationRow,
  expansions: DeviceConfigurationExpansions = {},
): Record<string, unknown> {
  const { [ROOT_CERTIFICATE_BIND]: _bind, ...properties } = toWritableDeviceConfiguration(row);
  return {
    ...properties,
    id: row.id,
    version: row.version,
    createdDateTime: row.createdDateTime.toISOString(),
    lastModifiedDateTime: row.lastModifiedDateTime.toISOString(),
    supportsScopeTags: true,
    ...(expansions.rootCertificate !== undefined &&
      row.kind === 'scep' && {
        rootCertificate: expansions.rootCertificate ? toGraphDeviceConfiguration(expansions.rootCertificate) : null,
      }),
    ...(expansions.assignments && { assignments: expansions.assignments.map(toGraphDeviceConfigurationAssignment) }),
  };
}
