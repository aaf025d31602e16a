// Browser hardening (issue 9): a name made of markup — on a profile, a group and a CA — is shown as text in the
// blades, in toasts and in the audit log's CSV export; it never becomes an element and never runs. The CA is the
// journeys' shared issuing CA, renamed and named back (a tenant holds at most six CAs, so none is created here).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CA_COLLECTION, expect, sharedPki, test } from '../fixtures';
import { readCsv } from '../read-csv';

const MARKUP = '<img src=x onerror=alert(1)>';
const PROFILES = '/graph/beta/deviceManagement/deviceConfigurations';

/** The elements the markup would have made, had it been parsed as HTML anywhere on the page. */
const injectedImages = (page: Page) => page.locator('img[src="x"]');

test('a name made of markup shows as text in blades, toasts and the audit export, and never runs', async ({ adminPage: page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { root, issuing, authorization } = await sharedPki(request);
  const headers = { authorization };
  const stamp = Date.now();
  const profileName = `${MARKUP} profile ${stamp}`;
  const groupName = `${MARKUP} group ${stamp}`;
  const caName = `${MARKUP} CA ${stamp}`;

  const expectText = async (text: string) => {
    await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    await expect(injectedImages(page)).toHaveCount(0);
  };

  // A profile: the configuration list, its blade, and the toast of its deletion.
  const created = await request.post(PROFILES, {
    headers,
    data: { '@odata.type': '#microsoft.graph.windows81TrustedRootCertificate', displayName: profileName, trustedRootCertificate: Buffer.from(root.certificateDownloadUrl.split(',')[1]!, 'base64').toString('base64'), destinationStore: 'computerCertStoreRoot' },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.goto('/devices/configuration');
  await expect(page.getByRole('link', { name: profileName, exact: true })).toBeVisible();
  await expect(injectedImages(page)).toHaveCount(0);
  await page.getByRole('link', { name: profileName, exact: true }).click();
  await expect(page.getByRole('heading', { name: profileName, level: 1 })).toBeVisible();
  await expect(injectedImages(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog', { name: `Delete '${profileName}'?` }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.fui-Toast')).toContainText(`Deleted ${profileName}`);
  await expect(injectedImages(page)).toHaveCount(0);

  // A group, made in the portal: its toast, the list and its blade.
  await page.goto('/groups');
  await page.getByRole('button', { name: 'New group' }).click();
  await page.getByLabel('Group name').fill(groupName);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.locator('.fui-Toast')).toContainText(`Created group ${groupName}`);
  await expect(injectedImages(page)).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search by name' }).fill(groupName);
  await page.getByRole('link', { name: groupName }).click();
  await expect(page.getByRole('heading', { name: groupName, level: 1 })).toBeVisible();
  await expect(injectedImages(page)).toHaveCount(0);
  const groupId = new URL(page.url()).pathname.split('/').pop()!;

  // The shared issuing CA, renamed: the CA list, its blade and its certificate list; then its old name back.
  const rename = (displayName: string) => request.patch(`${CA_COLLECTION}/${issuing.id}`, { headers, data: { displayName } });
  expect((await rename(caName)).status()).toBe(200);
  try {
    await page.goto('/tenant-administration/cloud-pki');
    await expect(page.getByRole('link', { name: caName, exact: true })).toBeVisible();
    await expect(injectedImages(page)).toHaveCount(0);
    await page.goto(`/tenant-administration/cloud-pki/${issuing.id}`);
    await expectText(caName);
    await page.goto(`/tenant-administration/cloud-pki/${issuing.id}/certificates`);
    await expect(page.getByRole('heading', { name: `${caName} | All certificates`, level: 1 })).toBeVisible();
    await expect(injectedImages(page)).toHaveCount(0);
  } finally {
    expect((await rename(issuing.displayName)).status()).toBe(200);
  }

  // The audit log: each name in the grid (its Target filter matches a whole name) and, cell for cell, in the CSV export.
  await page.goto('/tenant-administration/audit-logs');
  const grid = page.getByRole('grid', { name: 'Audit logs' });
  for (const name of [profileName, groupName, caName]) {
    await page.getByLabel('Target').fill(name);
    await expect(grid.getByText(name, { exact: true }).first()).toBeVisible();
    await expect(injectedImages(page)).toHaveCount(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [header, ...records] = readCsv(readFileSync((await (await download).path())!, 'utf8'));
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record[header!.indexOf('Target')]).toBe(name);
  }

  expect(dialogs).toEqual([]);
  expect((await request.delete(`/graph/beta/groups/${groupId}`, { headers })).status()).toBe(204);
});
