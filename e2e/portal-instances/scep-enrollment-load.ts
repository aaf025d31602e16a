// SCEP enrollments as devices send them, with the repository's own client (lib/devices/scep-client): keys, one-time
// challenges and PKCSReq messages made first, then sent with a number in flight. A certificate counts as received
// only when the client read a CertRep SUCCESS and opened it; anything else (FAILURE, a cut connection) is not.
import { X509Certificate } from 'node:crypto';
import { discoverScepServer, type ScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { sendPkcsReq } from '@/lib/devices/scep-client/enroll-with-scep';
import { type PreparedPkcsReq, preparePkcsReq } from '@/lib/devices/scep-client/prepare-pkcs-req';
import { generateRequesterKey, type RequesterKey } from '@/lib/devices/scep-client/requester-key';
import { httpScepTransport, type ScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { x509 } from '@/lib/pki/x509';
import { CA_COLLECTION, type PortalApi } from './portal-api';

export interface PreparedEnrollments {
  /** The SCEP URL the challenges named (the portal instance that made them). */
  readonly scepServerUrl: string;
  readonly transport: ScepTransport;
  readonly server: ScepServer;
  readonly requests: readonly PreparedPkcsReq[];
}

/** Serial numbers as the leaf list spells them: upper-case hex (lib/pki/serial-number.ts never needs a 00 pad). */
export const normalizeSerial = (serial: string) => serial.toUpperCase();

/** Fresh RSA-2048 device keys, a few at a time (libuv's pool does the prime search). */
export async function generateDeviceKeys(count: number): Promise<RequesterKey[]> {
  const keys: RequesterKey[] = [];
  while (keys.length < count) keys.push(...(await Promise.all(Array.from({ length: Math.min(4, count - keys.length) }, () => generateRequesterKey(2048)))));
  return keys;
}

export async function prepareEnrollments(api: PortalApi, caId: string, keys: readonly RequesterKey[], deviceName: string): Promise<PreparedEnrollments> {
  const challenges: { challenge: string; scepServerUrl: string }[] = [];
  for (const _ of keys) {
    const answer = await api.call<{ challenge: string; scepServerUrl: string }>('POST', `${CA_COLLECTION}/${caId}/createScepChallenge`, { deviceName });
    if (answer.status !== 200) throw new Error(`createScepChallenge answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    challenges.push(answer.body);
  }
  const scepServerUrl = challenges[0]!.scepServerUrl;
  const transport = httpScepTransport(scepServerUrl);
  const server = await discoverScepServer(transport);
  const requests = await Promise.all(
    keys.map((key, index) =>
      preparePkcsReq(server, {
        key,
        subject: new x509.Name([{ CN: [`${deviceName}-${index + 1}`] }]),
        subjectAlternativeNames: [],
        challengePassword: challenges[index]!.challenge,
      }),
    ),
  );
  return { scepServerUrl, transport, server, requests };
}

/**
 * Sends every prepared request, `inFlight` at a time, and returns the certificates received.
 * `onReceived` sees each one as it arrives (the kill -9 rounds time their kill by it). Errors are not thrown: a
 * request that ends without a certificate just is not counted.
 */
export async function sendEnrollments(prepared: PreparedEnrollments, inFlight: number, onReceived: (count: number) => void = () => {}): Promise<X509Certificate[]> {
  const received: X509Certificate[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, prepared.requests.length) }, async () => {
      for (let index = next++; index < prepared.requests.length; index = next++) {
        const der = await sendPkcsReq(prepared.transport, prepared.server, prepared.requests[index]!).catch(() => undefined);
        if (!der) continue;
        received.push(new X509Certificate(der));
        onReceived(received.length);
      }
    }),
  );
  return received;
}
