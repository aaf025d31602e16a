// Tenant administration › Audit logs: the events the services record, filtered by activity in the URL,
// each with its before/after summary; readable in the high-contrast theme too.
import { automationToken, expect, expectAccessible, sharedPki, signIn, test } from './fixtures';

test('filters audit logs by activity and opens an event’s summary', async ({ adminPage: page, request }) => {
  const { root } = await sharedPki(request);

  await page.goto('/tenant-administration/cloud-pki');
  await page.getByRole('navigation', { name: 'Tenant administration' }).getByRole('link', { name: 'Audit logs' }).click();
  await expect(page).toHaveURL(/\/tenant-administration\/audit-logs$/);
  await expect(page.getByRole('heading', { name: 'Tenant administration | Audit logs' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Audit logs' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Activity').selectOption({ label: 'Create CloudCertificationAuthority' });
  await expect(page).toHaveURL(/[?&]activity=Create\+CloudCertificationAuthority/);
  const grid = page.getByRole('grid', { name: 'Audit logs' });
  await expect(grid.getByRole('row').filter({ hasText: 'Patch CloudCertificationAuthority' })).toHaveCount(0);
  const row = grid.getByRole('row').filter({ hasText: 'E2E Shared Root CA' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Create CloudCertificationAuthority');
  await expect(row).toContainText('Success');

  // The filtered view is bookmarkable: a reload keeps it.
  await page.reload();
  await expect(page.getByLabel('Activity')).toHaveValue('Create CloudCertificationAuthority');
  await page.getByRole('button', { name: 'Refresh' }).click();

  await row.getByRole('button', { name: 'Details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create CloudCertificationAuthority' });
  await expect(dialog).toContainText('E2E Shared Root CA');
  await expect(dialog).toContainText(root.id);
  await expect(dialog.getByRole('region', { name: 'Summary JSON' })).toContainText('"thumbprint": "');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Theme' }).click();
  await page.getByRole('menuitemradio', { name: 'High contrast' }).click();
  await expect(page.getByRole('button', { name: 'Theme' })).toBeVisible();
  await page.reload();
  // Remembered across visits; judged once the stored choice has been applied after hydration.
  await page.getByRole('button', { name: 'Theme' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'High contrast' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('row').filter({ hasText: 'E2E Shared Root CA' })).toHaveCount(1);
  await expectAccessible(page);
});

test('explains the missing permission to a user without Audit data: Read', async ({ page, request }) => {
  // A directory user with no portal role (even the read-only role reads audit data).
  const account = { user: `e2e.no-role.${Date.now()}@contoso.local`, password: 'e2e-no-role-password-0123' };
  const created = await request.post('/graph/beta/users', {
    headers: { authorization: `Bearer ${await automationToken(request)}` },
    data: { displayName: 'No Role', userPrincipalName: account.user, passwordProfile: { password: account.password } },
  });
  expect(created.status()).toBe(201);
  await signIn(page, account);
  await page.goto('/tenant-administration/audit-logs');
  await expect(page.getByText('You can’t view audit logs')).toBeVisible();
  await expect(page.getByText('Audit data: Read')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Audit logs' })).toHaveCount(0);
  await expectAccessible(page);
});
