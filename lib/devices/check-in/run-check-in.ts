// A device check-in: install the trusted certificates of every trusted certificate profile first and
// remove those of profiles that no longer reach the device, then apply each SCEP profile against that trust store,
// dropping the certificates of SCEP profiles that no longer reach it. Reports one status per delivered profile.
import { x509 } from '@/lib/pki/x509';
import { applyScepProfile } from './apply-scep-profile';
import type { CheckInInput, CheckInPorts, DeliveredTrustedCertificate, ProfileReport } from './check-in-ports';

function isCertificate(der: Uint8Array): boolean {
  try {
    return new x509.X509Certificate(new Uint8Array(der)).rawData.byteLength > 0;
  } catch {
    return false;
  }
}

const notDelivered = (delivered: readonly { profileId: string }[], held: readonly { profileId: string }[]) => {
  const deliveredIds = new Set(delivered.map((profile) => profile.profileId));
  return held.map((entry) => entry.profileId).filter((profileId) => !deliveredIds.has(profileId));
};

async function installTrustedCertificate(profile: DeliveredTrustedCertificate, input: CheckInInput, ports: CheckInPorts): Promise<ProfileReport> {
  if (!isCertificate(profile.certificateDer)) {
    return { profileId: profile.profileId, status: 'error', errorDescription: 'The certificate file is not an X.509 certificate' };
  }
  const installed = input.state.trustedCertificates.find((entry) => entry.profileId === profile.profileId);
  if (!installed || !Buffer.from(installed.certificateDer).equals(profile.certificateDer)) await ports.installTrustedCertificate(profile);
  return { profileId: profile.profileId, status: 'succeeded' };
}

/** The final report of every delivered profile, trusted certificates first, in delivery order. */
export async function runCheckIn(input: CheckInInput, ports: CheckInPorts): Promise<ProfileReport[]> {
  const reports: ProfileReport[] = [];
  const record = async (report: ProfileReport) => {
    await ports.report(report);
    reports.push(report);
  };
  await ports.removeTrustedCertificates(notDelivered(input.trustedCertificateProfiles, input.state.trustedCertificates));
  const trustStore: Uint8Array[] = [];
  for (const profile of input.trustedCertificateProfiles) {
    const report = await installTrustedCertificate(profile, input, ports);
    if (report.status === 'succeeded') trustStore.push(profile.certificateDer);
    await record(report);
  }
  await ports.removeScepCertificates(notDelivered(input.scepProfiles, input.state.scepCertificates));
  for (const profile of input.scepProfiles) await record(await applyScepProfile(profile, { input, trustStore, ports }));
  return reports;
}
