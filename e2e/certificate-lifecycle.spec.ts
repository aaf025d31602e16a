// Certificate lifecycle in the portal: a device certificate enrolled over SCEP (certmonger) is found
// in "View all certificates" and revoked with a reason that reaches the CRL; a paused CA refuses enrollment until it
// is resumed; and the teardown Pause → revoke every leaf → Revoke CA → Delete frees the tenant's CA slots again.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { Certmonger } from './certmonger';
import { automationToken, CA_COLLECTION, expect, expectAccessible, openssl, test, toPem } from './fixtures';

const ROOT = 'Lifecycle Root CA';
const ISSUING = 'Lifecycle Issuing CA';
const clientAuth = [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }];
const derOf = (dataUri: string) => Buffer.from(dataUri.split(',')[1]!, 'base64');

// One root and issuing CA for the whole file, torn down by the last test (and by afterAll if a test failed first):
// the tenant-limit project counts on the slots being free.
test.describe.configure({ mode: 'serial' });
let cas: { root: string; issuing: string } | undefined;
const certmonger = new Certmonger();

async function api(request: APIRequestContext) {
  return { authorization: `Bearer ${await automationToken(request)}` };
}

async function createChallenge(request: APIRequestContext, deviceName: string) {
  const response = await request.post(`${CA_COLLECTION}/${cas!.issuing}/createScepChallenge`, { headers: await api(request), data: { deviceName } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { challenge: string; scepServerUrl: string };
}

/** signIn() returns while MSAL is still on its way back to Home; navigating before it lands would be undone. */
async function waitForHome(page: Page) {
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
}

async function openCa(page: Page, name: string) {
  await page.goto('/tenant-administration/cloud-pki');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** One of the Active / Expired / Revoked / Total issued tiles. */
function tile(page: Page, name: string) {
  return page.getByRole('list', { name: 'Certificate counts' }).getByRole('listitem', { name, exact: true });
}

async function confirm(page: Page, dialogName: string, button: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.beforeAll(async () => {
  await certmonger.start();
});

test.afterAll(async ({ playwright }, testInfo) => {
  certmonger.stop();
  if (!cas) return;
  // Best effort, through the API: whatever the failed test left behind goes, so later projects find free slots.
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const headers = await api(request);
  const issuing = `${CA_COLLECTION}/${cas.issuing}`;
  const filter = encodeURIComponent("certificateStatus eq 'active'");
  const active = await (await request.get(`${issuing}/cloudCertificationAuthorityLeafCertificate?$filter=${filter}&$top=999`, { headers })).json();
  const ids = (active.value ?? []).map((leaf: { id: string }) => leaf.id);
  if (ids.length) await request.post(`${issuing}/revokeLeafCertificates`, { headers, data: { leafCertificateIds: ids } });
  await request.post(`${issuing}/changeCloudCertificationAuthorityStatus`, { headers, data: { certificationAuthorityStatus: 'paused' } });
  await request.post(`${issuing}/revokeCloudCertificationAuthorityCertificate`, { headers, data: {} });
  await request.delete(issuing, { headers });
  await request.delete(`${CA_COLLECTION}/${cas.root}`, { headers });
  await request.dispose();
});

test('a certificate enrolled with certmonger is revoked in the portal with a reason the CRL carries', async ({ adminPage: page, request }) => {
  const headers = await api(request);
  const create = async (data: object) => {
    const response = await request.post(CA_COLLECTION, { headers, data });
    expect(response.status()).toBe(201);
    return (await response.json()) as { id: string; certificateDownloadUrl: string };
  };
  const root = await create({ displayName: ROOT, cloudCertificationAuthorityType: 'rootCertificationAuthority', validityPeriodInYears: 5, certificateKeySize: 'rsa2048', commonName: ROOT, extendedKeyUsages: clientAuth });
  const issuing = await create({ displayName: ISSUING, cloudCertificationAuthorityType: 'issuingCertificationAuthority', certificationAuthorityIssuerId: root.id, validityPeriodInYears: 2, commonName: ISSUING, extendedKeyUsages: clientAuth });
  cas = { root: root.id, issuing: issuing.id };

  const first = await createChallenge(request, 'lifecycle-host');
  const rootFile = join(certmonger.dir, 'root.pem');
  await writeFile(rootFile, toPem(derOf(root.certificateDownloadUrl)));
  await certmonger.getcert(['add-scep-ca', '-c', 'Lifecycle', '-u', first.scepServerUrl, '-N', rootFile]);
  expect(await certmonger.request('Lifecycle', 'device1', 'CN=lifecycle-device-1', first.challenge)).toBe('MONITORING');
  const issued = await readFile(certmonger.certificatePath('device1'), 'utf8');
  const serial = openssl({ 'leaf.pem': issued }, ['x509', '-in', 'leaf.pem', '-noout', '-serial']).output.trim().split('=')[1]!;

  // CA blade › Monitoring › View all certificates, searched down to the one certificate.
  await waitForHome(page);
  await openCa(page, ISSUING);
  await expect(tile(page, 'Active')).toContainText('1');
  await page.getByRole('link', { name: 'View all certificates' }).click();
  await expect(page.getByRole('heading', { name: `${ISSUING} | All certificates`, level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search by subject, serial number, thumbprint, device or user' }).fill('lifecycle-device-1');
  await expect(page).toHaveURL(/[?&]search=lifecycle-device-1/);
  const row = page.getByRole('row', { name: /CN=lifecycle-device-1/ });
  await expect(row).toContainText('Active');
  await expectAccessible(page);

  await row.getByRole('button', { name: 'Revoke CN=lifecycle-device-1' }).click();
  const dialog = page.getByRole('dialog', { name: "Revoke 'CN=lifecycle-device-1'?" });
  await expect(dialog).toContainText('can’t be undone');
  await expect(dialog).toContainText('next check-in');
  await dialog.getByLabel('Revocation reason').selectOption({ label: 'Key compromise' });
  await confirm(page, "Revoke 'CN=lifecycle-device-1'?", 'Revoke');
  await expect(row).toContainText('Revoked');
  await expect(tile(page, 'Revoked')).toContainText('1');

  // The certificate's blade: status, reason, and its PEM named after the CN.
  await row.getByRole('link', { name: 'CN=lifecycle-device-1' }).click();
  await expect(page.getByRole('heading', { name: 'lifecycle-device-1', level: 1 })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Key compromise' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revoke' })).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Download' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /\.pem/ }).click()]);
  expect(download.suggestedFilename()).toBe('lifecycle-device-1.pem');
  expect((await readFile((await download.path())!, 'utf8')).trim()).toBe(issued.trim());

  // The CA's CRL, fetched at its certificateRevocationListUrl, lists the serial with the reason.
  const ca = await (await request.get(`${CA_COLLECTION}/${cas.issuing}`, { headers })).json();
  const crl = await request.get(new URL(ca.certificateRevocationListUrl).pathname);
  const text = openssl({ 'ca.crl': await crl.body() }, ['crl', '-inform', 'DER', '-in', 'ca.crl', '-noout', '-text']).output;
  expect(text.toUpperCase()).toContain(`SERIAL NUMBER: ${serial.toUpperCase()}`);
  expect(text).toContain('Key Compromise');
});

test('a paused CA refuses enrollment until it is resumed', async ({ adminPage: page, request }) => {
  // createScepChallenge refuses a paused CA (409), so this one is minted first.
  const beforePause = await createChallenge(request, 'lifecycle-paused');

  await waitForHome(page);
  await openCa(page, ISSUING);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByText('POSTPKIOperation')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('dialog', { name: `Pause '${ISSUING}'?` })).toContainText('issues no certificates');
  await confirm(page, `Pause '${ISSUING}'?`, 'Pause');
  await expect(page.getByText('This CA is paused: it issues no certificates until you resume it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate enrollment challenge' })).toBeDisabled();
  // GetCACaps still answers while paused; the Test result must not say the service answers as if it issued.
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByText('The SCEP service is reachable, but the CA is paused: it issues no certificates')).toBeVisible();
  await expect(page.getByText('The SCEP service answers')).toBeHidden();
  expect(await certmonger.request('Lifecycle', 'device2', 'CN=lifecycle-device-2', beforePause.challenge)).toBe('CA_REJECTED');

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
  await expect(page.getByText('This CA is paused')).toBeHidden();
  await expect(page.getByText('The SCEP service answers')).toBeVisible();

  // A fresh challenge from the portal's own dialog enrolls again.
  await page.getByRole('button', { name: 'Generate enrollment challenge' }).click();
  const dialog = page.getByRole('dialog', { name: `Generate an enrollment challenge for '${ISSUING}'` });
  await dialog.getByLabel('Device name').fill('lifecycle-device-3');
  await dialog.getByRole('button', { name: 'Generate' }).click();
  const challenge = await dialog.getByRole('textbox', { name: 'Challenge' }).inputValue();
  await expect(dialog).toContainText('works once');
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await certmonger.request('Lifecycle', 'device3', 'CN=lifecycle-device-3', challenge)).toBe('MONITORING');
  const another = await createChallenge(request, 'lifecycle-device-4');
  expect(await certmonger.request('Lifecycle', 'device4', 'CN=lifecycle-device-4', another.challenge)).toBe('MONITORING');
});

test('teardown in the portal: revoke the active certificates, pause, revoke and delete the CAs', async ({ adminPage: page }) => {
  await waitForHome(page);
  await page.goto(`/tenant-administration/cloud-pki/${cas!.issuing}/certificates?status=active`);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
  const rows = page.getByRole('grid', { name: 'Certificates' }).getByRole('row');
  await expect(rows).toHaveCount(3); // header + the two active certificates
  // Sorting is the server's and lands in the URL too.
  await page.getByRole('columnheader', { name: 'Subject name' }).click();
  await expect(page).toHaveURL(/[?&]sort=subjectName(&|$)/);
  await expect(rows.nth(1)).toContainText('CN=lifecycle-device-3');
  await page.getByRole('columnheader', { name: 'Subject name' }).click();
  await expect(page).toHaveURL(/[?&]sort=-subjectName(&|$)/);
  await expect(rows.nth(1)).toContainText('CN=lifecycle-device-4');

  // Both at once: one bulk request, all or nothing.
  await page.getByRole('checkbox', { name: 'Select all rows' }).check();
  await page.getByRole('button', { name: 'Revoke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke 2 certificates?' });
  await dialog.getByLabel('Revocation reason').selectOption({ label: 'Cessation of operation' });
  await confirm(page, 'Revoke 2 certificates?', 'Revoke');
  await expect(page.getByText('This CA has no active certificates.')).toBeVisible();

  await openCa(page, ISSUING);
  await expect(page.getByRole('button', { name: 'Revoke' })).toBeDisabled(); // active: pause first
  await page.getByRole('button', { name: 'Pause' }).click();
  await confirm(page, `Pause '${ISSUING}'?`, 'Pause');
  await page.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('dialog', { name: `Revoke '${ISSUING}'?` })).toContainText('can’t be undone');
  await confirm(page, `Revoke '${ISSUING}'?`, 'Revoke');
  await expect(page.getByText('This CA is revoked: certificates it issued no longer validate.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog', { name: `Delete '${ISSUING}'?` })).toContainText('frees one of the six CA slots');
  await confirm(page, `Delete '${ISSUING}'?`, 'Delete');
  await expect(page).toHaveURL(/\/tenant-administration\/cloud-pki$/);
  await expect(page.getByRole('link', { name: ISSUING, exact: true })).toBeHidden();

  await page.getByRole('link', { name: ROOT, exact: true }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await confirm(page, `Delete '${ROOT}'?`, 'Delete');
  await expect(page.getByRole('link', { name: ROOT, exact: true })).toBeHidden();
  cas = undefined;
});
