// Tenant administration › Scope tags: Default is always there and cannot be changed; a tag made with the Create
// wizard (Basics → Assignments → Review + create) is assigned to its group, is named on the blade of a CA that carries
// it, cannot be deleted while a CA carries it (the blade says what uses it, nothing is lost), and can be once the
// CA no longer does. The CA is the journeys' shared issuing CA: the tenant's six CA slots are shared by every spec.
import { randomUUID } from 'node:crypto';
import { CA_COLLECTION, expect, expectAccessible, sharedPki, test } from './fixtures';

const TAGS = '/graph/beta/deviceManagement/roleScopeTags';
// The blade's first Graph reads after a navigation; slow on a loaded CI machine.
const LOADED = { timeout: 30_000 };

test('create, assign, use, refuse and delete a scope tag', async ({ adminPage: page, request }) => {
  const { issuing, authorization } = await sharedPki(request);
  const headers = { authorization };
  const suffix = randomUUID().slice(0, 8);
  const tagName = `E2E Lyon ${suffix}`;
  const group = await (await request.post('/graph/beta/groups', { headers, data: { displayName: `E2E Lyon devices ${suffix}`, mailNickname: `e2e-lyon-${suffix}`, securityEnabled: true, mailEnabled: false } })).json();
  expect(group.id).toBeTruthy();
  const caTags = async () => ((await (await request.get(`${CA_COLLECTION}/${issuing.id}`, { headers })).json()) as { roleScopeTagIds: string[] }).roleScopeTagIds;
  const originalCaTags = await caTags();
  let tagId: string | undefined;
  try {
    await page.goto('/tenant-administration/scope-tags');
    await expect(page.getByRole('heading', { name: 'Tenant administration | Scope tags' })).toBeVisible();
    const defaultRow = page.getByTestId('scope-tag-0');
    await expect(defaultRow).toContainText('Default', LOADED);
    // Intune's built-in tag can be neither renamed nor deleted.
    await expect(defaultRow.getByRole('button')).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('heading', { name: 'Create scope tag' })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Name is required')).toBeVisible();
    await page.getByRole('textbox', { name: 'Name' }).fill(tagName);
    await page.getByRole('textbox', { name: 'Description' }).fill('Objects of the Lyon office');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('combobox', { name: 'Included groups' }).click();
    // Fluent's multiselect Dropdown offers its options as menu item checkboxes.
    await page.getByRole('menuitemcheckbox', { name: group.displayName }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Next' }).click();
    const review = page.getByRole('tabpanel');
    await expect(review).toContainText(tagName);
    await expect(review).toContainText(group.displayName);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    await expect(page).toHaveURL(/\/tenant-administration\/scope-tags$/);
    await expect(page.locator('.fui-ToastTitle', { hasText: `Created ${tagName}` })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: tagName });
    await expect(row).toBeVisible(LOADED);
    const tags: { id: string; displayName: string }[] = (await (await request.get(TAGS, { headers })).json()).value;
    tagId = tags.find((tag) => tag.displayName === tagName)?.id;
    expect(tagId).toBeTruthy();
    const assignments = (await (await request.get(`${TAGS}/${tagId}/assignments`, { headers })).json()).value;
    expect(assignments.map((assignment: { target: { groupId: string } }) => assignment.target.groupId)).toEqual([group.id]);

    await row.getByRole('button', { name: 'Edit' }).click();
    const editDialog = page.getByRole('dialog');
    await editDialog.getByRole('textbox', { name: 'Description' }).fill('Lyon office, edited');
    await editDialog.getByRole('button', { name: 'Save' }).click();
    await expect(row).toContainText('Lyon office, edited', LOADED);

    // A CA carries the tag: deleting it is refused with what uses it, and the tag stays.
    expect((await request.patch(`${CA_COLLECTION}/${issuing.id}`, { headers, data: { roleScopeTagIds: [...originalCaTags, tagId] } })).status()).toBe(200);
    await page.goto(`/tenant-administration/cloud-pki/${issuing.id}`);
    await expect(page.getByText(tagName)).toBeVisible(LOADED);
    await page.goto('/tenant-administration/scope-tags');
    await row.getByRole('button', { name: 'Delete' }).click(LOADED);
    const deleteDialog = page.getByRole('alertdialog');
    await deleteDialog.getByRole('button', { name: 'Delete' }).click();
    await expect(deleteDialog).toContainText('The scope tag is in use');
    await expect(deleteDialog).toContainText('in use by 1 CA(s)');
    await expectAccessible(page);
    await deleteDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(row).toBeVisible();

    // Once no CA carries it, it can be deleted.
    expect((await request.patch(`${CA_COLLECTION}/${issuing.id}`, { headers, data: { roleScopeTagIds: originalCaTags } })).status()).toBe(200);
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('.fui-ToastTitle', { hasText: `Deleted ${tagName}` })).toBeVisible();
    await expect(row).toHaveCount(0);
    expect((await request.get(`${TAGS}/${tagId}`, { headers })).status()).toBe(404);
    tagId = undefined;
  } finally {
    await request.patch(`${CA_COLLECTION}/${issuing.id}`, { headers, data: { roleScopeTagIds: originalCaTags } });
    if (tagId) await request.delete(`${TAGS}/${tagId}`, { headers });
    await request.delete(`/graph/beta/groups/${group.id}`, { headers });
  }
});
