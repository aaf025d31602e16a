// The OCSP responder (RFC 6960) as a relying party uses it: `openssl ocsp` follows the URL in a SCEP-issued
// certificate's AIA, verifies the delegated signer against the root, and reads good, then revoked with the
// reason after a revocation, and unknown for a serial the CA never issued. GET (RFC 6960 A.1) is cacheable;
// hostile requests get 4xx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CA_COLLECTION, derOfDataUri, expect, openssl, sharedPki, test, toPem } from './fixtures';
import { enrollOverScep, scepChallenge } from './scep-enrollment';

test('OCSP answers good, revoked and unknown, verified by openssl', async ({ request }) => {
  const { root, issuing, authorization } = await sharedPki(request);
  const { challenge, scepServerUrl } = await scepChallenge(request, authorization, issuing.id, 'ocsp-e2e-device');
  const leaf = await enrollOverScep(scepServerUrl, challenge, 'ocsp-e2e-device');
  const caResponse = await request.get(`${CA_COLLECTION}/${issuing.id}`, { headers: { authorization } });
  const { ocspResponderUri } = (await caResponse.json()) as { ocspResponderUri: string };
  const files = {
    'root.pem': toPem(derOfDataUri(root.certificateDownloadUrl)),
    'issuing.pem': toPem(derOfDataUri(issuing.certificateDownloadUrl)),
    'leaf.pem': toPem(leaf),
  };

  // The AIA of a newly issued certificate names the issuing CA's responder, the same URL Graph shows.
  expect(openssl(files, ['x509', '-in', 'leaf.pem', '-noout', '-ocsp_uri']).output.trim()).toBe(ocspResponderUri);
  const ask = (...certificate: string[]) =>
    openssl(files, ['ocsp', '-url', ocspResponderUri, '-issuer', 'issuing.pem', ...certificate, '-CAfile', 'root.pem', '-verify_other', 'issuing.pem']);

  const good = ask('-cert', 'leaf.pem');
  expect(good.output).toContain('Response verify OK');
  expect(good.output).toContain('leaf.pem: good');

  const unknown = ask('-serial', '0x0123456789ABCDEF');
  expect(unknown.output).toContain('Response verify OK');
  expect(unknown.output).toContain('0x0123456789ABCDEF: unknown');

  const serial = openssl(files, ['x509', '-in', 'leaf.pem', '-noout', '-serial']).output.trim().split('=')[1]!;
  const found = await request.post(`${CA_COLLECTION}/${issuing.id}/searchCloudCertificationAuthorityLeafCertificateBySerialNumber`, {
    headers: { authorization },
    data: { certificateSerialNumber: serial },
  });
  const { id: leafCertificateId } = (await found.json()) as { id: string };
  const revoke = await request.post(`${CA_COLLECTION}/${issuing.id}/revokeLeafCertificate`, {
    headers: { authorization },
    data: { leafCertificateId, revocationReason: 'keyCompromise' },
  });
  expect(revoke.status()).toBe(200);
  const revoked = ask('-cert', 'leaf.pem');
  expect(revoked.output).toContain('Response verify OK');
  expect(revoked.output).toContain('leaf.pem: revoked');
  expect(revoked.output).toContain('Reason: keyCompromise');

  // The root's responder answers for the issuing CA it signed.
  const rootCa = (await (await request.get(`${CA_COLLECTION}/${root.id}`, { headers: { authorization } })).json()) as { ocspResponderUri: string };
  const issuingStatus = openssl(files, ['ocsp', '-url', rootCa.ocspResponderUri, '-issuer', 'root.pem', '-cert', 'issuing.pem', '-CAfile', 'root.pem']);
  expect(issuingStatus.output).toContain('Response verify OK');
  expect(issuingStatus.output).toContain('issuing.pem: good');
});

test('GET responses are cacheable until the next CRL; hostile requests get 4xx, never 5xx', async ({ request }) => {
  const { root, issuing, authorization } = await sharedPki(request);
  const { ocspResponderUri } = (await (await request.get(`${CA_COLLECTION}/${issuing.id}`, { headers: { authorization } })).json()) as { ocspResponderUri: string };
  const dir = mkdtempSync(join(tmpdir(), 'ocsp-e2e-'));
  writeFileSync(join(dir, 'root.pem'), toPem(derOfDataUri(root.certificateDownloadUrl)));
  writeFileSync(join(dir, 'issuing.pem'), toPem(derOfDataUri(issuing.certificateDownloadUrl)));
  // stdout and stderr, whatever the exit status: openssl exits 1 on an error response, which is what we look for.
  const run = (...args: string[]) => {
    const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    return `${result.stdout}${result.stderr}`;
  };
  const verifyArgs = ['-issuer', 'issuing.pem', '-CAfile', 'root.pem', '-verify_other', 'issuing.pem'];

  // Without a nonce, as RFC 5019 clients ask, by GET: the same signed bytes until the CRL changes.
  run('ocsp', '-issuer', 'issuing.pem', '-serial', '0x42', '-no_nonce', '-reqout', 'req.der');
  const getUrl = `${ocspResponderUri}/${encodeURIComponent(readFileSync(join(dir, 'req.der')).toString('base64'))}`;
  const first = await request.get(getUrl);
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('application/ocsp-response');
  expect(first.headers()['cache-control']).toMatch(/^max-age=\d+, public/);
  expect(first.headers().etag).toBeTruthy();
  writeFileSync(join(dir, 'resp.der'), await first.body());
  const checked = run('ocsp', '-respin', 'resp.der', ...verifyArgs, '-serial', '0x42', '-no_nonce');
  expect(checked).toContain('Response verify OK');
  expect(checked).toContain('0x42: unknown');
  const second = await request.get(getUrl);
  expect(Buffer.compare(await second.body(), await first.body())).toBe(0);

  // With a nonce (RFC 6960 §4.4.1), a fresh response that echoes it, never cached: openssl checks the echo.
  for (const name of ['nonce-a', 'nonce-b']) {
    run('ocsp', '-issuer', 'issuing.pem', '-serial', '0x42', '-reqout', `${name}.der`);
    const response = await request.post(ocspResponderUri, { headers: { 'content-type': 'application/ocsp-request' }, data: readFileSync(join(dir, `${name}.der`)) });
    expect(response.headers()['cache-control']).toBe('no-store');
    writeFileSync(join(dir, `${name}-resp.der`), await response.body());
  }
  const echoed = run('ocsp', '-reqin', 'nonce-a.der', '-respin', 'nonce-a-resp.der', ...verifyArgs.slice(2));
  expect(echoed).toContain('Response verify OK');
  expect(echoed).not.toMatch(/nonce/i);
  expect(run('ocsp', '-reqin', 'nonce-a.der', '-respin', 'nonce-b-resp.der', ...verifyArgs.slice(2))).toMatch(/nonce verify error/i);

  // Hostile or misdirected requests.
  const garbage = await request.post(ocspResponderUri, { headers: { 'content-type': 'application/ocsp-request' }, data: Buffer.from('not an OCSP request') });
  expect(garbage.status()).toBe(400);
  writeFileSync(join(dir, 'malformed.der'), await garbage.body());
  expect(run('ocsp', '-respin', 'malformed.der', '-resp_text', '-noverify')).toMatch(/malformedrequest/i);
  expect((await request.get(`${ocspResponderUri}/%%%`)).status()).toBe(400);
  expect((await request.get(`${ocspResponderUri}/AAAA`)).status()).toBe(400);
  expect((await request.post(ocspResponderUri, { data: Buffer.alloc(20_000) })).status()).toBe(413);
  expect((await request.get(ocspResponderUri.replace(issuing.id, 'not-a-ca'))).status()).toBe(404);
  expect((await request.post(ocspResponderUri.replace(issuing.id, crypto.randomUUID()), { data: readFileSync(join(dir, 'req.der')) })).status()).toBe(404);
  // Asking the issuing CA's responder about a certificate the root issued: not authoritative (RFC 6960 §2.3).
  run('ocsp', '-issuer', 'root.pem', '-serial', '0x42', '-no_nonce', '-reqout', 'root-req.der');
  const misdirected = await request.post(ocspResponderUri, { data: readFileSync(join(dir, 'root-req.der')) });
  expect(misdirected.status()).toBe(200);
  writeFileSync(join(dir, 'unauthorized.der'), await misdirected.body());
  expect(run('ocsp', '-respin', 'unauthorized.der', '-resp_text', '-noverify')).toMatch(/unauthorized/i);
  rmSync(dir, { recursive: true, force: true });
});
