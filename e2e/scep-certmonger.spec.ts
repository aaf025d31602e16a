// Issue 3: a real SCEP client (certmonger) enrolls against the running portal with a one-time challenge, the
// certificate verifies against the published chain, reused and wrong challenges are refused, and after
// revocation `openssl verify -crl_check` with the fetched CRL says revoked.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Certmonger } from './certmonger';
import { CA_COLLECTION, derOfDataUri, expect, openssl, sharedPki, test, toPem } from './fixtures';

test('certmonger enrolls over SCEP; challenges are one-time; revocation shows on the CRL', async ({ request }) => {
  const { root, issuing, authorization } = await sharedPki(request);
  const headers = { authorization };
  const chain = { 'root.pem': toPem(derOfDataUri(root.certificateDownloadUrl)), 'issuing.pem': toPem(derOfDataUri(issuing.certificateDownloadUrl)) };

  const newChallenge = async () => {
    const response = await request.post(`${CA_COLLECTION}/${issuing.id}/createScepChallenge`, { headers, data: { deviceName: 'certmonger-host' } });
    expect(response.status()).toBe(200);
    return response.json() as Promise<{ challenge: string; scepServerUrl: string; expirationDateTime: string }>;
  };
  const first = await newChallenge();
  expect(first.scepServerUrl).toContain(`/Scep/`);
  expect(first.scepServerUrl).not.toContain('{{CloudPKIFQDN}}');

  const certmonger = new Certmonger();
  await certmonger.start();
  try {
    const rootFile = join(certmonger.dir, 'root.pem');
    await writeFile(rootFile, chain['root.pem']);
    await certmonger.getcert(['add-scep-ca', '-c', 'Portal', '-u', first.scepServerUrl, '-N', rootFile]);
    expect(await certmonger.request('Portal', 'device1', 'CN=certmonger-device-1', first.challenge)).toBe('MONITORING');

    const issued = await readFile(certmonger.certificatePath('device1'), 'utf8');
    expect(openssl({ ...chain, 'leaf.pem': issued }, ['verify', '-CAfile', 'root.pem', '-untrusted', 'issuing.pem', 'leaf.pem']).output).toContain('leaf.pem: OK');

    // The same challenge again, and a made-up one: both refused by the CA.
    expect(await certmonger.request('Portal', 'device2', 'CN=certmonger-device-2', first.challenge)).toBe('CA_REJECTED');
    expect(await certmonger.request('Portal', 'device3', 'CN=certmonger-device-3', 'not-a-challenge-0123456789')).toBe('CA_REJECTED');

    // Revoke in the portal, fetch the CRL from the certificate's own CDP, and let OpenSSL judge.
    const serial = openssl({ 'leaf.pem': issued }, ['x509', '-in', 'leaf.pem', '-noout', '-serial']).output.trim().split('=')[1]!;
    const revoke = await request.post(`${CA_COLLECTION}/${issuing.id}/revokeLeafCertificateBySerialNumber`, { headers, data: { certificateSerialNumber: serial, revocationReason: 'keyCompromise' } });
    expect(revoke.status()).toBe(200);
    const cdp = /URI:(http\S+\.crl)/.exec(openssl({ 'leaf.pem': issued }, ['x509', '-in', 'leaf.pem', '-noout', '-ext', 'crlDistributionPoints']).output)?.[1];
    const crl = await request.get(new URL(cdp!).pathname);
    expect(crl.headers()['content-type']).toBe('application/pkix-crl');
    const verified = openssl(
      { ...chain, 'leaf.pem': issued, 'issuing.crl': await crl.body() },
      ['verify', '-crl_check', '-CAfile', 'root.pem', '-untrusted', 'issuing.pem', '-CRLfile', 'issuing.crl', 'leaf.pem'],
    );
    expect(verified.status).not.toBe(0);
    expect(verified.output).toContain('certificate revoked');
  } finally {
    certmonger.stop();
  }
});
