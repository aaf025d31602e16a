// Which trusted certificate and SCEP profiles reach one managed device (what a device receives at
// check-in), with everything needed to apply them. For the device check-in simulator: it installs the trusted
// certificates, enrolls each SCEP profile against its issuing CA and reports back (record-device-configuration-status.ts).
// Reach follows the same rules as the deployment order (lib/deployment devices-reached-by.ts).
import 'server-only';
import type { Database } from '@/lib/db/database';
import { type DeviceConfigurationRow, listDeviceConfigurations } from '@/lib/db/repositories/device-configurations';
import { getManagedDevice, type ManagedDeviceListItem } from '@/lib/db/repositories/managed-devices';
import { devicesReachedBy } from '@/lib/deployment/devices-reached-by';
import { GraphError } from '@/lib/graph/graph-error';
import type { TScepProfileSettings, TTrustedCertificateSettings } from '@/lib/schemas/device-configuration/device-configuration-settings';
import { buildDeploymentSnapshot } from './build-deployment-snapshot';
import { isGuid } from './get-device-configuration-or-throw';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

interface DeliveredProfileBase {
  id: string;
  displayName: string;
  odataType: string;
  version: number;
  lastModifiedDateTime: Date;
}

export interface DeliveredTrustedCertificateProfile extends DeliveredProfileBase {
  kind: 'trustedCertificate';
  certificateDer: Uint8Array<ArrayBuffer>;
  /** SHA-1, upper-case hex. */
  certificateThumbprint: string;
  settings: TTrustedCertificateSettings;
}

export interface DeliveredScepProfile extends DeliveredProfileBase {
  kind: 'scep';
  /** The issuing CA the SCEP URI resolves to; null when it no longer exists. */
  issuingCaId: string | null;
  /** The Root Certificate (a trusted certificate profile id). */
  rootCertificateProfileId: string | null;
  settings: TScepProfileSettings;
}

export interface DeviceProfiles {
  device: ManagedDeviceListItem;
  trustedCertificateProfiles: DeliveredTrustedCertificateProfile[];
  scepProfiles: DeliveredScepProfile[];
}

function delivered(row: DeviceConfigurationRow): DeliveredTrustedCertificateProfile | DeliveredScepProfile {
  const base = {
    id: row.id,
    displayName: row.displayName,
    odataType: row.odataType,
    version: row.version,
    lastModifiedDateTime: row.lastModifiedDateTime,
  };
  // `settings` is written only by deviceConfigurationColumnsOf from a profile the type's schema validated.
  if (row.kind === 'trustedCertificate' && row.trustedCertificateDer && row.certificateThumbprint) {
    return {
      ...base,
      kind: 'trustedCertificate',
      certificateDer: row.trustedCertificateDer,
      certificateThumbprint: row.certificateThumbprint,
      settings: row.settings as TTrustedCertificateSettings,
    };
  }
  return {
    ...base,
    kind: 'scep',
    issuingCaId: row.issuingCaId,
    rootCertificateProfileId: row.rootCertificateProfileId,
    settings: row.settings as TScepProfileSettings,
  };
}

export async function profilesForDevice(db: Database, tenantId: string, deviceId: string): Promise<DeviceProfiles> {
  const device = isGuid(deviceId) ? await getManagedDevice(db, tenantId, deviceId.toLowerCase()) : undefined;
  if (!device) throw new GraphError('ResourceNotFound', `No managed device with id '${deviceId}' exists in this tenant.`);
  // What reaches the device, whoever may see it: the device check-in acts for the system.
  const snapshot = await buildDeploymentSnapshot(db, wholeTenant(tenantId));
  const reachingIds = snapshot.profiles
    .filter((profile) => profile.platform === device.devicePlatform)
    .filter((profile) => devicesReachedBy(profile.assignments, snapshot.directory, profile.platform).has(device.id))
    .map((profile) => profile.id);
  const profiles = (await listDeviceConfigurations(db, wholeTenant(tenantId), { ids: reachingIds })).map(delivered);
  return {
    device,
    trustedCertificateProfiles: profiles.filter((profile) => profile.kind === 'trustedCertificate'),
    scepProfiles: profiles.filter((profile) => profile.kind === 'scep'),
  };
}
