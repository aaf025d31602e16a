// Enrolls a certificate through the portal's real SCEP service with the repository's own SCEP client
// (lib/devices/scep-client): fresh RSA key, CSR with the one-time challenge, CertRep opened with that key.
import { httpScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { discoverScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { enrollWithScep } from '@/lib/devices/scep-client/enroll-with-scep';
import { generateRequesterKey } from '@/lib/devices/scep-client/requester-key';
import { x509 } from '@/lib/pki/x509';
import type { APIRequestContext } from '@playwright/test';
import { CA_COLLECTION, expect } from './fixtures';

/** The resolved SCEP URL and a one-time challenge of an issuing CA (createScepChallenge). */
export async function scepChallenge(request: APIRequestContext, authorization: string, issuingCaId: string, deviceName: string) {
  const response = await request.post(`${CA_COLLECTION}/${issuingCaId}/createScepChallenge`, { headers: { authorization }, data: { deviceName } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { challenge: string; scepServerUrl: string };
}

/** The issued certificate, DER. */
export async function enrollOverScep(scepServerUrl: string, challengePassword: string, commonName: string): Promise<Buffer> {
  const transport = httpScepTransport(scepServerUrl);
  const server = await discoverScepServer(transport);
  const der = await enrollWithScep(transport, server, {
    key: await generateRequesterKey(2048),
    subject: new x509.Name([{ CN: [commonName] }]),
    subjectAlternativeNames: [],
    challengePassword,
  });
  return Buffer.from(der);
}
