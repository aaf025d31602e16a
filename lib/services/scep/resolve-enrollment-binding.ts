// Resolves what an enrollment is bound to. Challenges minted by hand carry no device or profile and get the
// default binding; the device check-in flow mints challenges bound to a device and a SCEP profile.
import 'server-only';
import type { Database } from '@/lib/db/database';
import type { LeafCertificateRow } from '@/lib/db/repositories/leaf-certificates';
import type { ScepChallengeRow } from '@/lib/db/repositories/scep-challenges';
import { DEFAULT_BINDING, type EnrollmentBinding } from './enrollment-binding';

export async function bindingOfChallenge(_db: Database, _challenge: ScepChallengeRow): Promise<EnrollmentBinding> {
  return DEFAULT_BINDING;
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
