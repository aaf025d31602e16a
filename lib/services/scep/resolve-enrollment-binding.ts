// Resolves what an enrollment is bound to. Challenges minted by hand carry no device or profile and get the
// default binding; the device check-in mints challenges bound to a device and a SCEP profile, whose certificate
// then carries the profile's EKUs, key usage and validity and whose leaf row names the
// device, its platform and primary user, and the profile (the leaf list columns).
import 'server-only';
import type { Database } from '@/lib/db/database';
import { getDeviceConfiguration } from '@/lib/db/repositories/device-configurations';
import type { LeafCertificateRow } from '@/lib/db/repositories/leaf-certificates';
import { getManagedDevice } from '@/lib/db/repositories/managed-devices';
import type { ScepChallengeRow } from '@/lib/db/repositories/scep-challenges';
import type { LeafKeyUsage } from '@/lib/pki/build-leaf-certificate';
import { ScepFailureError } from '@/lib/scep/scep-failure-error';
import type { TScepProfileSettings } from '@/lib/schemas/device-configuration/device-configuration-settings';
import { DEFAULT_BINDING, type EnrollmentBinding } from './enrollment-binding';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

// The handler turns this into a CertRep FAILURE (RFC 8894 §3.3.2.2): the binding vanished between minting and use.
const gone = (what: string) => new ScepFailureError('badRequest', `The ${what} this challenge was issued for no longer exists.`);

async function deviceOf(db: Database, challenge: ScepChallengeRow): Promise<Pick<EnrollmentBinding, 'device'>> {
  if (!challenge.deviceId) return {};
  const device = await getManagedDevice(db, challenge.tenantId, challenge.deviceId);
  if (!device) throw gone('managed device');
  return {
    device: {
      id: device.id,
      name: device.deviceName,
      platform: device.operatingSystem,
      userId: device.userId,
      userPrincipalName: device.userPrincipalName,
    },
  };
}

async function profileOf(db: Database, challenge: ScepChallengeRow): Promise<Omit<EnrollmentBinding, 'device'>> {
  if (!challenge.profileId) return DEFAULT_BINDING;
  // The challenge was minted by someone allowed to; enrollment itself reads the whole tenant.
  const profile = await getDeviceConfiguration(db, wholeTenant(challenge.tenantId), challenge.profileId);
  if (!profile || profile.kind !== 'scep') throw gone('SCEP profile');
  // `settings` of a SCEP profile row was validated by its type's schema when it was written.
  const settings = profile.settings as TScepProfileSettings;
  return {
    profileId: profile.id,
    extendedKeyUsages: settings.extendedKeyUsages.map((eku) => eku.objectIdentifier),
    keyUsages: settings.keyUsage.split(',') as LeafKeyUsage[],
    validity: { value: settings.certificateValidityPeriodValue, scale: settings.certificateValidityPeriodScale },
  };
}

export async function bindingOfChallenge(db: Database, challenge: ScepChallengeRow): Promise<EnrollmentBinding> {
  const [profile, device] = await Promise.all([profileOf(db, challenge), deviceOf(db, challenge)]);
  return { ...profile, ...device };
}

/** A renewal keeps the device, user and profile of the certificate it replaces. */
export async function bindingOfRenewedCertificate(_db: Database, current: LeafCertificateRow): Promise<EnrollmentBinding> {
  return {
    ...DEFAULT_BINDING,
    extendedKeyUsages: current.extendedKeyUsages,
    ...(current.profileId ? { profileId: current.profileId } : {}),
    ...(current.deviceId
      ? { device: { id: current.deviceId, name: current.deviceName ?? '', platform: current.devicePlatform, userId: current.userId, userPrincipalName: current.userPrincipalName } }
      : {}),
  };
}
