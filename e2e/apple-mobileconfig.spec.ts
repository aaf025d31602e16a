// Enrollment without an MDM: an iOS SCEP profile downloads as a .mobileconfig; Python's plistlib (a parser
// independent of the one that wrote it) reads the trust payloads and the SCEP payload, and certmonger enrolls
// with exactly the payload's URL and challenge. The challenge is bound to the profile: the certificate carries
// its Client Authentication EKU, and the challenge works once.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Certmonger } from './certmonger';
import { derOfDataUri, expect, openssl, sharedPki, test, toPem } from './fixtures';

const PROFILES = '/graph/beta/deviceManagement/deviceConfigurations';

interface PlistPayload {
  PayloadType: string;
  PayloadContent: string | { URL: string; Challenge: string; Subject: string[][][]; Keysize: number };
}

/** plistlib → JSON, with <data> as base64. */
function parsePlist(xml: string): { PayloadType: string; PayloadContent: PlistPayload[] } {
  const script = 'import base64,json,plistlib,sys\n' + 'print(json.dumps(plistlib.loads(sys.stdin.buffer.read()), default=lambda b: base64.b64encode(b).decode()))';
  const result = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

test('an iOS SCEP profile downloads as a .mobileconfig that a SCEP client enrolls with', async ({ adminPage: page, request }) => {
  const { root, issuing, authorization } = await sharedPki(request);
  const headers = { authorization };
  const rootDer = derOfDataUri(root.certificateDownloadUrl);
  const issuingDer = derOfDataUri(issuing.certificateDownloadUrl);
  const create = async (data: object) => {
    const response = await request.post(PROFILES, { headers, data });
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const trustId = await create({ '@odata.type': '#microsoft.graph.iosTrustedRootCertificate', displayName: 'Mobileconfig iOS root', trustedRootCertificate: rootDer.toString('base64') });
  const scepId = await create({
    '@odata.type': '#microsoft.graph.iosScepCertificateProfile',
    displayName: 'Mobileconfig iOS SCEP',
    extendedKeyUsages: [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }],
    scepServerUrls: [issuing.scepServerUrl],
    'rootCertificate@odata.bind': `https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations('${trustId}')`,
  });

  const download = await request.post(`${PROFILES}/${scepId}/createAppleConfigurationProfile`, { headers, data: { deviceName: 'ipad-e2e' } });
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/x-apple-aspen-config');
  expect(download.headers()['content-disposition']).toContain('Mobileconfig-iOS-SCEP.mobileconfig');
  const profile = parsePlist(await download.text());
  expect(profile.PayloadType).toBe('Configuration');
  expect(profile.PayloadContent.map((payload) => payload.PayloadType)).toEqual(['com.apple.security.root', 'com.apple.security.pkcs1', 'com.apple.security.scep']);
  const [rootPayload, issuingPayload, scepPayload] = profile.PayloadContent;
  expect(rootPayload!.PayloadContent).toBe(rootDer.toString('base64'));
  expect(issuingPayload!.PayloadContent).toBe(issuingDer.toString('base64'));
  const scep = scepPayload!.PayloadContent as { URL: string; Challenge: string; Subject: string[][][]; Keysize: number };
  expect(scep.Subject).toEqual([[['CN', 'ipad-e2e']]]);
  expect(scep.Keysize).toBe(2048);

  // A SCEP client with nothing but the payload: its URL, its challenge, the root from its first payload.
  const certmonger = new Certmonger();
  await certmonger.start();
  try {
    const rootFile = join(certmonger.dir, 'root.pem');
    await writeFile(rootFile, toPem(Buffer.from(rootPayload!.PayloadContent as string, 'base64')));
    await certmonger.getcert(['add-scep-ca', '-c', 'Mobileconfig', '-u', scep.URL, '-N', rootFile]);
    expect(await certmonger.request('Mobileconfig', 'ipad', 'CN=ipad-e2e', scep.Challenge)).toBe('MONITORING');
    const issued = await readFile(certmonger.certificatePath('ipad'), 'utf8');
    const chain = { 'root.pem': toPem(rootDer), 'issuing.pem': toPem(issuingDer), 'leaf.pem': issued };
    expect(openssl(chain, ['verify', '-CAfile', 'root.pem', '-untrusted', 'issuing.pem', 'leaf.pem']).output).toContain('leaf.pem: OK');
    expect(openssl(chain, ['x509', '-in', 'leaf.pem', '-noout', '-ext', 'extendedKeyUsage']).output).toContain('TLS Web Client Authentication');
    expect(await certmonger.request('Mobileconfig', 'ipad-again', 'CN=ipad-e2e', scep.Challenge)).toBe('CA_REJECTED');
  } finally {
    certmonger.stop();
  }

  // The same from the profile's blade: a new file with a new challenge.
  await page.goto(`/devices/configuration/${scepId}`);
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .mobileconfig' }).click()]);
  expect(saved.suggestedFilename()).toBe('Mobileconfig-iOS-SCEP.mobileconfig');
  const fromBlade = parsePlist(await readFile((await saved.path())!, 'utf8'));
  const bladeScep = fromBlade.PayloadContent[2]!.PayloadContent as { Challenge: string };
  expect(bladeScep.Challenge).toMatch(/\S{16,}/);
  expect(bladeScep.Challenge).not.toBe(scep.Challenge);

  // Only Apple SCEP profiles download this way; the trust profile is refused with a Graph error.
  const refused = await request.post(`${PROFILES}/${trustId}/createAppleConfigurationProfile`, { headers, data: {} });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toContain('not an iOS/iPadOS or macOS SCEP profile');
});
