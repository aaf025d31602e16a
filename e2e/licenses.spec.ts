// Tenant administration › Licenses: the demo tenant starts in a Cloud PKI trial (software keys, said on the blades);
// without a license the Cloud PKI blade says what is missing and Create is refused in the UI and by the API; a
// licensed tenant on a server without an HSM is refused rather than given software keys.
import { type APIRequestContext } from '@playwright/test';
import { automationToken, CA_COLLECTION, expect, expectAccessible, sharedPki, test } from './fixtures';

const LICENSE = '/graph/beta/deviceManagement/cloudPkiLicense';
// The blade's first Graph reads after a navigation; slow on a loaded CI machine.
const LOADED = { timeout: 30_000 };

async function setLicense(request: APIRequestContext, data: object) {
  const response = await request.patch(LICENSE, { headers: { authorization: `Bearer ${await automationToken(request)}` }, data });
  expect(response.status()).toBe(200);
  return response.json();
}

async function createRoot(request: APIRequestContext) {
  const response = await request.post(CA_COLLECTION, {
    headers: { authorization: `Bearer ${await automationToken(request)}` },
    data: {
      displayName: 'E2E Unlicensed Root',
      commonName: 'E2E Unlicensed Root',
      cloudCertificationAuthorityType: 'rootCertificationAuthority',
      validityPeriodInYears: 5,
      certificateKeySize: 'rsa2048',
      extendedKeyUsages: [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }],
    },
  });
  return { status: response.status(), body: await response.json() };
}

test('the demo tenant’s trial: software keys, said on the Licenses, Cloud PKI and CA blades', async ({ adminPage: page, request }) => {
  const { root } = await sharedPki(request);
  await page.goto('/tenant-administration/cloud-pki');
  await expect(page.getByTestId('cloud-pki-license-message')).toContainText('Cloud PKI trial until', LOADED);
  await expect(page.getByTestId('cloud-pki-license-message')).toContainText('can never be converted to HSM-backed keys');

  await page.getByRole('navigation', { name: 'Tenant administration' }).getByRole('link', { name: 'Licenses' }).click();
  await expect(page).toHaveURL(/\/tenant-administration\/licenses$/);
  await expect(page.getByRole('heading', { name: 'Tenant administration | Licenses' })).toBeVisible();
  await expect(page.getByText('Software-backed (software), never convertible')).toBeVisible(LOADED);
  await expect(page.getByRole('radio', { name: 'Trial (Intune Suite or Cloud PKI add-on)' })).toBeChecked();
  await expectAccessible(page);

  await page.goto(`/tenant-administration/cloud-pki/${root.id}`);
  await expect(page.getByTestId('key-platform-message')).toContainText('can never be converted to an HSM-backed key', LOADED);
});

test('without a license Create is disabled and refused; a licensed tenant without an HSM is refused too', async ({ adminPage: page, request }) => {
  try {
    await page.goto('/tenant-administration/licenses');
    await page.getByRole('radio', { name: 'No license' }).check(LOADED);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('.fui-ToastTitle', { hasText: 'License changed to No license' })).toBeVisible();
    await expect(page.getByText('None: CAs cannot be created')).toBeVisible();

    await page.goto('/tenant-administration/cloud-pki');
    const message = page.getByTestId('cloud-pki-license-message');
    await expect(message).toContainText('Cloud PKI needs a license', LOADED);
    await expect(message).toContainText('Microsoft Intune Suite or the Microsoft Cloud PKI standalone Intune add-on');
    await expect(page.getByRole('button', { name: 'Create' })).toHaveAttribute('aria-disabled', 'true');
    await expectAccessible(page);

    const unlicensed = await createRoot(request);
    expect(unlicensed.status).toBe(403);
    expect(unlicensed.body.error.message).toMatch(/no license for Cloud PKI.*Intune Suite/);

    // An ended trial is no license either.
    await setLicense(request, { licenseType: 'trial', trialEndDateTime: '2020-01-31T23:59:59Z' });
    expect((await createRoot(request)).body.error.message).toMatch(/trial of this tenant has ended/);

    // Licensed, but this server has no PKCS11_MODULE: refused, not silently given software keys.
    expect(await setLicense(request, { licenseType: 'intuneSuite' })).toMatchObject({ status: 'licensed', newCertificationAuthorityKeyPlatform: null });
    const withoutHsm = await createRoot(request);
    expect(withoutHsm.status).toBe(409);
    expect(withoutHsm.body.error.message).toMatch(/no HSM configured: set PKCS11_MODULE/);
    await page.reload();
    await expect(message).toContainText('No HSM for this tenant’s CA keys', LOADED);
  } finally {
    // Later journeys create CAs: back to the demo tenant's trial.
    await setLicense(request, { licenseType: 'trial', trialEndDateTime: new Date(Date.now() + 90 * 86_400_000).toISOString() });
  }
});

test('refuses a license body it cannot read with a Graph error', async ({ request }) => {
  const response = await request.patch(LICENSE, {
    headers: { authorization: `Bearer ${await automationToken(request)}` },
    data: { licenseType: 'trial' },
  });
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatchObject({ code: 'BadRequest', message: expect.stringMatching(/trialEndDateTime/) });
});
