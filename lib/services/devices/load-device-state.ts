// What a simulated device kept from earlier check-ins (lib/devices/check-in DeviceState): its trust store, and per
// SCEP profile its certificate with the chain it was served — marked revoked when the CA's record of it is revoked
// or gone, so that the device enrolls again.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listDeviceScepCertificates } from '@/lib/db/repositories/device-state-scep-certificates';
import { listDeviceTrustedCertificates } from '@/lib/db/repositories/device-state-trust-store';
import { getLeafCertificate } from '@/lib/db/repositories/leaf-certificates';
import type { DeviceState } from '@/lib/devices/check-in/check-in-ports';
import { readCertsOnlyPkcs7 } from '@/lib/pki/build-certs-only-pkcs7';

export interface LoadedDeviceState {
  readonly state: DeviceState;
  /** Per SCEP profile, the CA's record of the certificate the device holds. */
  readonly leafCertificateIds: Map<string, string | null>;
}

export async function loadDeviceState(db: Database, tenantId: string, deviceId: string, now: Date): Promise<LoadedDeviceState> {
  const [trusted, held] = await Promise.all([listDeviceTrustedCertificates(db, deviceId), listDeviceScepCertificates(db, deviceId)]);
  const scepCertificates = await Promise.all(
    held.map(async (row) => {
      const leaf = row.leafCertificateId ? await getLeafCertificate(db, tenantId, row.leafCertificateId, now) : undefined;
      return {
        profileId: row.configurationId,
        profileVersion: row.profileVersion,
        certificateDer: row.certificateDer,
        caCertificatesDer: readCertsOnlyPkcs7(row.caCertificatesPkcs7),
        isRevoked: leaf?.status !== 'active',
      };
    }),
  );
  return {
    state: {
      trustedCertificates: trusted.map((row) => ({ profileId: row.configurationId, certificateDer: row.certificateDer })),
      scepCertificates,
    },
    leafCertificateIds: new Map(held.map((row) => [row.configurationId, row.leafCertificateId])),
  };
}
