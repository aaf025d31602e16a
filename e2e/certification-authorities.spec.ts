// Issue 2 journey: create a root and an issuing CA through the wizard, see both Active, download both
// certificates and verify the chain with OpenSSL.
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, expectAccessible, openssl, test, toPem } from './fixtures';

async function openCreateWizard(page: Page) {
  await page.goto('/tenant-administration/cloud-pki');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('tab', { name: /Basics/ })).toBeVisible();
  await expectAccessible(page);
}

async function next(page: Page) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

async function downloadCer(page: Page, caName: string): Promise<Buffer> {
  await page.goto('/tenant-administration/cloud-pki');
  await page.getByRole('link', { name: caName, exact: true }).click();
  await expect(page.getByRole('heading', { name: caName })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Download' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /\.cer/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.cer$/);
  return readFile((await download.path())!);
}

test('creates a root and an issuing CA whose chain OpenSSL verifies', async ({ adminPage: page }) => {
  await openCreateWizard(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('E2E Root CA');
  await page.getByLabel('Description').fill('Made by the e2e suite');
  await next(page);
  await page.getByRole('radio', { name: 'Root CA' }).check();
  await page.getByLabel('Validity period').selectOption({ label: '5 years' });
  await page.getByLabel('Key size and algorithm').selectOption({ label: 'RSA-2048 + SHA-256' });
  await page.getByLabel('Common name (CN)').fill('E2E Root CA');
  await page.getByLabel('Organization (O)').fill('Contoso');
  await page.getByLabel('Country/region (C)').fill('US');
  await next(page);
  await next(page);
  await expect(page.getByText("can't be changed after it's created")).toBeVisible();
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page).toHaveURL(/\/tenant-administration\/cloud-pki$/);
  await expect(page.getByRole('row', { name: 'E2E Root CA', exact: true })).toContainText('Active');

  await openCreateWizard(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('E2E Issuing CA');
  await next(page);
  await page.getByRole('radio', { name: 'Issuing CA' }).check();
  await page.getByRole('combobox', { name: 'Root CA', exact: true }).selectOption({ label: 'E2E Root CA (CN: E2E Root CA)' });
  await page.getByLabel('Validity period').selectOption({ label: '4 years' });
  await page.getByLabel('Common name (CN)').fill('E2E Issuing CA');
  await next(page);
  await next(page);
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page).toHaveURL(/\/tenant-administration\/cloud-pki$/);
  await expectAccessible(page);
  const issuingRow = page.getByRole('row', { name: 'E2E Issuing CA', exact: true });
  await expect(issuingRow).toContainText('Active');
  await expect(issuingRow).toContainText('Issuing');

  const root = await downloadCer(page, 'E2E Root CA');
  const issuing = await downloadCer(page, 'E2E Issuing CA');
  const verified = openssl({ 'root.pem': toPem(root), 'issuing.pem': toPem(issuing) }, [
    'verify', '-CAfile', 'root.pem', 'issuing.pem',
  ]);
  expect(verified.output).toContain('issuing.pem: OK');
});

test('a wizard step with invalid input shows the error and does not advance', async ({ adminPage: page }) => {
  await openCreateWizard(page);
  await next(page);
  await expect(page.getByText('Name is required')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Invalid country CA');
  await next(page);
  await page.getByRole('radio', { name: 'Root CA' }).check();
  await page.getByLabel('Common name (CN)').fill('Invalid country CA');
  await page.getByLabel('Country/region (C)').fill('USA');
  await next(page);
  await expect(page.getByText('Country must be exactly two letters')).toBeVisible();
  await expect(page.getByLabel('Common name (CN)')).toHaveValue('Invalid country CA');

  // Back keeps what was typed.
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Invalid country CA');
});
