// Enrollment without an MDM: an iOS/iPadOS or macOS SCEP profile as an Apple configuration profile the admin
// hands to a device — its Root Certificate profile's CA, the issuing CA, and a SCEP payload with a fresh one-time
// challenge bound to the profile, so the certificate carries the profile's EKUs, key usage and validity.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import { getDeviceConfiguration } from '@/lib/db/repositories/device-configurations';
import { buildMobileconfig } from '@/lib/devices/apple/build-mobileconfig';
import { GraphError } from '@/lib/graph/graph-error';
import type { TScepProfileSettings } from '@/lib/schemas/device-configuration/device-configuration-settings';
import type { TCreateScepChallenge } from '@/lib/schemas/scep-challenge';
import { getCertificationAuthorityOrThrow } from '../certification-authorities/get-certification-authority-or-throw';
import { getDeviceConfigurationOrThrow } from '../device-configurations/get-device-configuration-or-throw';
import { createScepChallenge } from '../scep/create-scep-challenge';

const APPLE_PLATFORMS = new Set(['ios', 'macOS']);
const KEY_SIZE_BITS: Record<TScepProfileSettings['keySize'], number> = { size1024: 1024, size2048: 2048, size4096: 4096 };

export interface AppleConfigurationProfile {
  fileName: string;
  mobileconfig: string;
}

/** Apple's Key Usage bits (1 signing, 4 encryption) from Graph's "digitalSignature,keyEncipherment". */
function appleKeyUsage(keyUsage: string): number {
  return (keyUsage.includes('digitalSignature') ? 1 : 0) | (keyUsage.includes('keyEncipherment') ? 4 : 0);
}

export async function createAppleConfigurationProfile(
  db: Database,
  principal: ScopedPrincipal,
  profileId: string,
  { deviceName, validityInMinutes }: TCreateScepChallenge,
): Promise<AppleConfigurationProfile> {
  const profile = await getDeviceConfigurationOrThrow(db, principal.tenantScope, profileId);
  if (profile.kind !== 'scep' || !APPLE_PLATFORMS.has(profile.platform)) {
    throw new GraphError('BadRequest', `'${profile.displayName}' is not an iOS/iPadOS or macOS SCEP profile: only those download as a .mobileconfig.`);
  }
  if (!profile.issuingCaId || !profile.rootCertificateProfileId) {
    throw new GraphError('Conflict', `'${profile.displayName}' points at no Cloud PKI issuing CA or Root Certificate: fix its SCEP URI and Root Certificate first.`);
  }
  const trust = await getDeviceConfiguration(db, principal.tenantScope, profile.rootCertificateProfileId);
  const issuing = await getCertificationAuthorityOrThrow(db, principal.tenantScope, profile.issuingCaId);
  if (!trust?.trustedCertificateDer || !issuing.certificateDer) {
    throw new GraphError('Conflict', `The Root Certificate profile or the issuing CA of '${profile.displayName}' has no certificate yet.`);
  }
  const settings = profile.settings as TScepProfileSettings;
  const name = deviceName ?? profile.displayName;
  const { challenge, scepServerUrl } = await createScepChallenge(db, principal, issuing.id, { deviceName: name, validityInMinutes }, { profileId: profile.id });
  const mobileconfig = buildMobileconfig({
    identifier: `local.cloudpki.${profile.id}`,
    displayName: profile.displayName,
    organization: 'Cloud PKI',
    description: `Installs the ${issuing.displayName} chain and enrolls one certificate over SCEP. The challenge works once.`,
    certificates: [
      { displayName: trust.displayName, der: trust.trustedCertificateDer, isRoot: true },
      { displayName: issuing.displayName, der: issuing.certificateDer, isRoot: false },
    ],
    scep: {
      url: scepServerUrl,
      caName: issuing.displayName,
      challenge,
      // No MDM resolves {{variables}} here: the device is named by the admin at download.
      subject: [[['CN', name]]],
      keySize: KEY_SIZE_BITS[settings.keySize],
      keyUsage: appleKeyUsage(settings.keyUsage),
    },
  });
  return { fileName: `${profile.displayName.replace(/[^\w.-]+/g, '-')}.mobileconfig`, mobileconfig };
}
