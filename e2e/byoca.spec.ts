// Bring your own root CA: the wizard creates an issuing CA in "Signing required", its CSR is downloaded
// and signed by a throwaway external root made here with openssl, the signed certificate and root are uploaded in
// the detail blade, and certmonger then enrolls a certificate that openssl verifies up to the external root. The
// BYOCA is deleted at the end (and by afterAll after a failure): the tenant-limit project needs its slot.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { Certmonger } from './certmonger';
import { automationToken, CA_COLLECTION, expect, expectAccessible, test } from './fixtures';

const CA_NAME = 'E2E BYO Issuing CA';
const EXTERNAL_ROOT_CN = 'E2E External Root CA';
const dir = mkdtempSync(join(tmpdir(), 'byoca-e2e-'));
const sh = (args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function apiHeaders(request: APIRequestContext) {
  return { authorization: `Bearer ${await automationToken(request)}` };
}

/** Pause → revoke its certificates → revoke → delete; a CA still in Signing required is deleted directly. */
async function deleteByoca(request: APIRequestContext) {
  const headers = await apiHeaders(request);
  const cas: { id: string; displayName: string; certificationAuthorityStatus: string }[] = (await (await request.get(CA_COLLECTION, { headers })).json()).value;
  const ca = cas.find((candidate) => candidate.displayName === CA_NAME);
  if (!ca) return;
  const path = `${CA_COLLECTION}/${ca.id}`;
  if (ca.certificationAuthorityStatus !== 'signingPending') {
    const filter = encodeURIComponent("certificateStatus eq 'active'");
    const active = await (await request.get(`${path}/cloudCertificationAuthorityLeafCertificate?$filter=${filter}&$top=999`, { headers })).json();
    const ids = (active.value ?? []).map((leaf: { id: string }) => leaf.id);
    if (ids.length) await request.post(`${path}/revokeLeafCertificates`, { headers, data: { leafCertificateIds: ids } });
    await request.post(`${path}/changeCloudCertificationAuthorityStatus`, { headers, data: { certificationAuthorityStatus: 'paused' } });
    await request.post(`${path}/revokeCloudCertificationAuthorityCertificate`, { headers, data: {} });
  }
  expect((await request.delete(path, { headers })).status()).toBe(204);
}

test.afterAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await deleteByoca(request).catch(() => undefined);
  await request.dispose();
});

test('a BYOCA is created, signed by an external root, uploaded, and issues over SCEP', async ({ adminPage: page, request }) => {
  await page.goto('/tenant-administration/cloud-pki');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  // On the wizard before typing: the list's "Search by name" box would also answer to the label "Name".
  await expect(page.getByRole('tab', { name: /Basics/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(CA_NAME);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radio', { name: 'Issuing CA' }).check();
  await page.getByRole('radio', { name: 'Bring your own root CA' }).check();
  await expect(page.getByLabel('Validity period')).toHaveCount(0); // set by the external CA
  await page.getByRole('combobox', { name: /^Key size/ }).selectOption({ label: 'RSA-2048' });
  await page.getByLabel('Common name (CN)').fill(CA_NAME);
  await page.getByLabel('Organization (O)').fill('Contoso');
  await page.getByLabel('Country/region (C)').fill('US');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('Bring your own root CA')).toBeVisible();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const row = page.getByRole('row', { name: CA_NAME, exact: true });
  await expect(row).toContainText('Signing required');
  await expect(row).toContainText('External root CA');

  await page.getByRole('link', { name: CA_NAME, exact: true }).click();
  await expect(page.getByText('Signing required: select Download CSR')).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSR' }).click()]);
  expect(download.suggestedFilename()).toBe(`${CA_NAME}.req`);
  await download.saveAs(join(dir, 'ca.req'));
  expect(readFileSync(join(dir, 'ca.req'), 'utf8')).toContain('-----BEGIN CERTIFICATE REQUEST-----');

  // The customer's CA: a self-signed root, then the CSR signed as a subordinate CA (ADCS "SubCA" equivalent).
  sh(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'root.key', '-out', 'root.pem', '-days', '30', '-subj', `/CN=${EXTERNAL_ROOT_CN}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  writeFileSync(join(dir, 'subca.ext'), [
    'basicConstraints=critical,CA:TRUE,pathlen:0',
    'keyUsage=critical,keyCertSign,cRLSign,digitalSignature',
    'extendedKeyUsage=serverAuth,clientAuth',
    'subjectKeyIdentifier=hash',
    'authorityKeyIdentifier=keyid',
  ].join('\n'));
  sh(['x509', '-req', '-in', 'ca.req', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-days', '20', '-sha256', '-extfile', 'subca.ext', '-out', 'byoca.pem']);

  await page.getByRole('button', { name: 'Upload signed certificate' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Upload signed certificate (.cer, .crt, or .pem) file').setInputFiles(join(dir, 'byoca.pem'));
  await dialog.getByLabel('Upload one or more chain of trust certificates (.cer, .crt, .pem or .p7b)').setInputFiles(join(dir, 'root.pem'));
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Signing required: select Download CSR')).toBeHidden();
  await expect(page.getByText('Active', { exact: true }).first()).toBeVisible();
  await page.goto('/tenant-administration/cloud-pki');
  await expect(row).toContainText('Active');
  await expect(row).toContainText(EXTERNAL_ROOT_CN);

  // Enroll over the BYOCA's SCEP service; the leaf chains to the external root through the uploaded certificate.
  const headers = await apiHeaders(request);
  const cas: { id: string; displayName: string }[] = (await (await request.get(CA_COLLECTION, { headers })).json()).value;
  const byoca = cas.find((ca) => ca.displayName === CA_NAME)!;
  const challenge = await (await request.post(`${CA_COLLECTION}/${byoca.id}/createScepChallenge`, { headers, data: { deviceName: 'byoca-host' } })).json();
  const certmonger = new Certmonger();
  await certmonger.start();
  try {
    await certmonger.getcert(['add-scep-ca', '-c', 'Byoca', '-u', challenge.scepServerUrl, '-N', join(dir, 'root.pem')]);
    expect(await certmonger.request('Byoca', 'byoca-device', 'CN=byoca-device', challenge.challenge)).toBe('MONITORING');
    writeFileSync(join(dir, 'leaf.pem'), readFileSync(certmonger.certificatePath('byoca-device')));
  } finally {
    certmonger.stop();
  }
  expect(sh(['verify', '-CAfile', 'root.pem', '-untrusted', 'byoca.pem', 'leaf.pem'])).toContain('leaf.pem: OK');

  await deleteByoca(request);
});
