// One SCEP profile on the device: keep a current certificate that still chains to a trusted
// root; otherwise resolve the subject and SANs, generate a key pair of the profile's size, take the profile's
// challenge, enroll against its SCEP URL, and accept the certificate only if it chains to a root in the device's
// own trust store. Every failure becomes the profile's Error status with the reason.
import { buildSubjectAlternativeNames } from '../build-subject-alternative-names';
import { buildSubjectName } from '../build-subject-name';
import { checkTrustedChain } from '../check-trusted-chain';
import { discoverScepServer } from '../scep-client/discover-scep-server';
import { enrollWithScep } from '../scep-client/enroll-with-scep';
import { generateRequesterKey } from '../scep-client/requester-key';
import type { CheckInInput, CheckInPorts, DeliveredScepProfile, ProfileReport } from './check-in-ports';
import { isHeldCertificateCurrent } from './is-held-certificate-current';

// Cloud PKI issues no 1024-bit keys.
const MODULUS_LENGTH = { size1024: undefined, size2048: 2048, size4096: 4096 } as const;

export interface ScepProfileContext {
  readonly input: CheckInInput;
  /** The device's trust store after this check-in installed the trusted certificate profiles. */
  readonly trustStore: readonly Uint8Array[];
  readonly ports: CheckInPorts;
}

const failed = (profile: DeliveredScepProfile, errorDescription: string): ProfileReport => ({
  profileId: profile.profileId,
  status: 'error',
  errorDescription,
});

async function keepHeldCertificate(profile: DeliveredScepProfile, { input, trustStore }: ScepProfileContext): Promise<ProfileReport | undefined> {
  const held = input.state.scepCertificates.find((certificate) => certificate.profileId === profile.profileId);
  if (!held || !isHeldCertificateCurrent(held, profile, input.now)) return undefined;
  const trust = await checkTrustedChain({ certificateDer: held.certificateDer, trustStore, intermediates: held.caCertificatesDer, now: input.now });
  return trust.ok ? { profileId: profile.profileId, status: 'succeeded', certificateDer: held.certificateDer } : undefined;
}

async function enroll(profile: DeliveredScepProfile, modulusLength: 2048 | 4096, context: ScepProfileContext): Promise<ProfileReport> {
  const { input, ports, trustStore } = context;
  const subject = buildSubjectName(profile.subjectNameFormat, input.device);
  if (!subject.ok) return failed(profile, subject.message);
  const subjectAlternativeNames = buildSubjectAlternativeNames(profile.subjectAlternativeNames, input.device);
  if (!subjectAlternativeNames.ok) return failed(profile, subjectAlternativeNames.message);

  await ports.report({ profileId: profile.profileId, status: 'pending' });
  const key = await generateRequesterKey(modulusLength);
  const challengePassword = await ports.requestChallenge(profile);
  const transport = ports.transportFor(profile.scepServerUrl);
  const server = await discoverScepServer(transport);
  const certificateDer = await enrollWithScep(transport, server, {
    key,
    subject: subject.name,
    subjectAlternativeNames: subjectAlternativeNames.names,
    challengePassword,
  });
  const caCertificatesDer = server.caCertificates.map((certificate) => new Uint8Array(certificate.raw));
  const trust = await checkTrustedChain({ certificateDer, trustStore, intermediates: caCertificatesDer, now: input.now });
  if (!trust.ok) return failed(profile, `The certificate does not chain to a trusted root: ${trust.reason}`);
  await ports.saveScepCertificate({ profileId: profile.profileId, profileVersion: profile.version, key, certificateDer, caCertificatesDer });
  return { profileId: profile.profileId, status: 'succeeded', certificateDer };
}

export async function applyScepProfile(profile: DeliveredScepProfile, context: ScepProfileContext): Promise<ProfileReport> {
  const modulusLength = MODULUS_LENGTH[profile.keySize];
  if (!modulusLength) return failed(profile, 'Cloud PKI does not issue 1024-bit keys: choose a key size of 2048 or 4096 bits');
  try {
    return (await keepHeldCertificate(profile, context)) ?? (await enroll(profile, modulusLength, context));
  } catch (error) {
    // The SCEP server's refusal (failInfo and its text), an unreachable server, a paused CA: the report says which.
    return failed(profile, error instanceof Error ? error.message : String(error));
  }
}
