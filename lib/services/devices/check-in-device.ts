// One check-in of a managed device, run by the simulator in the background after a sync request: the
// profiles that reach the device are delivered (profilesForDevice), the device applies them — trust first, then
// SCEP against the portal's real SCEP service over HTTP — and reports per profile; profiles that do not reach it are
// reported Not applicable, and the device's last check-in time moves on.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { updateManagedDeviceLastSync } from '@/lib/db/repositories/managed-devices';
import { findUserById } from '@/lib/db/repositories/users';
import type { DeliveredScepProfile, ProfileReport } from '@/lib/devices/check-in/check-in-ports';
import { runCheckIn } from '@/lib/devices/check-in/run-check-in';
import { getEnv } from '@/lib/env';
import { resolveScepServerUrl } from '@/lib/cloud-pki-urls';
import { type DeliveredScepProfile as ScepProfileRow, profilesForDevice } from '../device-configurations/profiles-for-device';
import { deviceCheckInPorts } from './device-check-in-ports';
import { loadDeviceState } from './load-device-state';
import { recordNotApplicable } from './record-not-applicable';

export interface CheckInOutcome {
  readonly reports: readonly ProfileReport[];
  readonly notApplicableProfileIds: readonly string[];
}

function toDelivered(profile: ScepProfileRow, publicUrl: string): DeliveredScepProfile {
  const { settings } = profile;
  return {
    profileId: profile.id,
    version: profile.version,
    subjectNameFormat: settings.subjectNameFormatString,
    subjectAlternativeNames: settings.customSubjectAlternativeNames,
    keySize: settings.keySize,
    renewalThresholdPercentage: settings.renewalThresholdPercentage,
    // Intune substitutes {{CloudPKIFQDN}} when it delivers the profile; here the portal is that FQDN.
    scepServerUrl: resolveScepServerUrl(settings.scepServerUrls[0] ?? '', publicUrl),
  };
}

export async function checkInDevice(db: Database, tenantId: string, deviceId: string, now = new Date()): Promise<CheckInOutcome> {
  const { device, trustedCertificateProfiles, scepProfiles } = await profilesForDevice(db, tenantId, deviceId);
  const user = device.userId ? await findUserById(db, tenantId, device.userId) : undefined;
  const { state, leafCertificateIds } = await loadDeviceState(db, tenantId, device.id, now);
  const ports = deviceCheckInPorts(db, {
    tenantId,
    device,
    issuingCaIds: new Map(scepProfiles.map((profile) => [profile.id, profile.issuingCaId])),
    leafCertificateIds,
  });
  const reports = await runCheckIn(
    {
      device: {
        device,
        user: user ? { userPrincipalName: user.userPrincipalName, mail: user.mail, givenName: user.givenName, surname: user.surname } : null,
      },
      trustedCertificateProfiles: trustedCertificateProfiles.map((profile) => ({ profileId: profile.id, certificateDer: profile.certificateDer })),
      scepProfiles: scepProfiles.map((profile) => toDelivered(profile, getEnv().PUBLIC_URL)),
      state,
      now,
    },
    ports,
  );
  const reaching = new Set([...trustedCertificateProfiles, ...scepProfiles].map((profile) => profile.id));
  const notApplicableProfileIds = await recordNotApplicable(db, tenantId, device.id, reaching, now);
  await updateManagedDeviceLastSync(db, tenantId, device.id, now);
  return { reports, notApplicableProfileIds };
}
