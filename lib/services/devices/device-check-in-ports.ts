// Binds the check-in's ports (lib/devices/check-in) to this portal: the device's state in its own tables, challenges
// minted by the system for the profile's issuing CA, HTTP to the SCEP URL, and status rows for the profile reports.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Database } from '@/lib/db/database';
import { upsertDeviceConfigurationDeviceStatus } from '@/lib/db/repositories/device-configuration-device-statuses';
import { deleteDeviceScepCertificates, upsertDeviceScepCertificate } from '@/lib/db/repositories/device-state-scep-certificates';
import { deleteDeviceTrustedCertificates, upsertDeviceTrustedCertificate } from '@/lib/db/repositories/device-state-trust-store';
import { getLeafCertificateBySerialNumber } from '@/lib/db/repositories/leaf-certificates';
import type { ManagedDeviceListItem } from '@/lib/db/repositories/managed-devices';
import type { CheckInPorts } from '@/lib/devices/check-in/check-in-ports';
import { httpScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { buildCertsOnlyPkcs7 } from '@/lib/pki/build-certs-only-pkcs7';
import { summarizeCertificate } from '@/lib/pki/certificate-summary';
import type { AuditActor } from '../audit/record-audit-event';
import { createScepChallenge } from '../scep/create-scep-challenge';
import { sealDeviceKey } from './device-key-sealing';

export interface DeviceCheckInContext {
  readonly tenantId: string;
  readonly device: ManagedDeviceListItem;
  /** Per SCEP profile, the issuing CA its SCEP URI names (null: none of this tenant's CAs). */
  readonly issuingCaIds: ReadonlyMap<string, string | null>;
  /** Per SCEP profile, the CA's record of the certificate the device holds; filled as enrollments succeed. */
  readonly leafCertificateIds: Map<string, string | null>;
}

// Intune mints the challenge when it delivers the profile; the device uses it within seconds.
const CHALLENGE_VALIDITY_MINUTES = 15;

const sha1Hex = (der: Uint8Array) => createHash('sha1').update(der).digest('hex').toUpperCase();

export function deviceCheckInPorts(db: Database, context: DeviceCheckInContext): CheckInPorts {
  const { tenantId, device } = context;
  const actor: AuditActor = { tenantId, type: 'system', name: 'Device check-in' };
  const issuingCaOf = (profileId: string) => {
    const caId = context.issuingCaIds.get(profileId);
    if (!caId) throw new Error('The SCEP server URL of the profile does not name an issuing CA of this tenant');
    return caId;
  };
  return {
    installTrustedCertificate: ({ profileId, certificateDer }) =>
      upsertDeviceTrustedCertificate(db, {
        deviceId: device.id,
        configurationId: profileId,
        certificateDer: new Uint8Array(certificateDer),
        thumbprint: sha1Hex(certificateDer),
      }),
    removeTrustedCertificates: (profileIds) => deleteDeviceTrustedCertificates(db, device.id, profileIds),
    async requestChallenge(profile) {
      const binding = { deviceId: device.id, profileId: profile.profileId };
      const minted = await createScepChallenge(db, actor, issuingCaOf(profile.profileId), { deviceName: device.deviceName, validityInMinutes: CHALLENGE_VALIDITY_MINUTES }, binding);
      return minted.challenge;
    },
    transportFor: (scepServerUrl) => httpScepTransport(scepServerUrl),
    async saveScepCertificate({ profileId, profileVersion, key, certificateDer, caCertificatesDer }) {
      const { serialNumber } = summarizeCertificate(new Uint8Array(certificateDer));
      const leaf = await getLeafCertificateBySerialNumber(db, tenantId, issuingCaOf(profileId), serialNumber);
      context.leafCertificateIds.set(profileId, leaf?.id ?? null);
      await upsertDeviceScepCertificate(db, {
        deviceId: device.id,
        configurationId: profileId,
        profileVersion,
        keyAlgorithm: `RSA-${key.privateKey.asymmetricKeyDetails?.modulusLength ?? 0}`,
        sealedPrivateKey: sealDeviceKey(key.privateKey, device.id, profileId),
        certificateDer: new Uint8Array(certificateDer),
        caCertificatesPkcs7: buildCertsOnlyPkcs7(caCertificatesDer.map((der) => new Uint8Array(der))),
        leafCertificateId: leaf?.id ?? null,
      });
    },
    removeScepCertificates: (profileIds) => deleteDeviceScepCertificates(db, device.id, profileIds),
    async report({ profileId, status, errorDescription }) {
      await upsertDeviceConfigurationDeviceStatus(db, {
        configurationId: profileId,
        deviceId: device.id,
        status,
        errorDescription: errorDescription ?? null,
        leafCertificateId: context.leafCertificateIds.get(profileId) ?? null,
      });
    },
  };
}
