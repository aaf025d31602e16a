// Issue "Directory": groups hold users and devices (the targets of profile assignments), and POST /users keeps the
// password policy. Relies on the seeded demo directory (lib/services/directory/demo-directory.ts).
import type { APIRequestContext, Page } from '@playwright/test';
import { automationToken, expect, expectAccessible, test } from './fixtures';

const USERS = '/graph/beta/users';

/** signIn() returns while MSAL is still on its way back to Home; navigating before it lands would be undone. */
async function openBlade(page: Page, path: string, title: string) {
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

async function addMember(page: Page, search: string, name: RegExp) {
  await page.getByRole('searchbox', { name: 'Search users, devices and groups' }).fill(search);
  await page.getByRole('checkbox', { name }).check();
}

async function postUser(request: APIRequestContext, token: string, userPrincipalName: string, password: string) {
  return request.post(USERS, {
    headers: { authorization: `Bearer ${token}` },
    data: { displayName: 'E2E User', userPrincipalName, accountEnabled: true, passwordProfile: { password } },
  });
}

test('creates a group and adds a user and a device to it', async ({ adminPage: page }) => {
  const groupName = `E2E group ${Date.now()}`;
  await openBlade(page, '/groups', 'Groups | All groups');
  await page.getByRole('button', { name: 'New group' }).click();
  await page.getByLabel('Group name').fill(groupName);
  await page.getByLabel('Group description').fill('Made by the e2e suite');
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await page.getByRole('searchbox', { name: 'Search by name' }).fill(groupName);
  await page.getByRole('link', { name: groupName }).click();
  await expect(page.getByRole('heading', { name: groupName, level: 1 })).toBeVisible();
  await expect(page.getByText('This group has no members.')).toBeVisible();

  await page.getByRole('button', { name: 'Add members' }).click();
  await addMember(page, 'Adele Vance', /^Adele Vance/);
  await addMember(page, 'CONTOSO-LT-003', /^CONTOSO-LT-003/);
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Select', exact: true }).click();

  const members = page.getByRole('grid', { name: 'Members' });
  await expect(members.getByRole('row', { name: /Adele Vance/ })).toContainText('User');
  await expect(members.getByRole('row', { name: /CONTOSO-LT-003/ })).toContainText('Device');
  await page.reload(); // stored, not just shown
  await expect(page.getByRole('grid', { name: 'Members' }).getByRole('row')).toHaveCount(3); // header + 2
});

test('members are added the Graph way, with $ref spelled literally or percent-encoded', async ({ request }) => {
  const headers = { authorization: `Bearer ${await automationToken(request)}` };
  const group = await request.post('/graph/beta/groups', { headers, data: { displayName: `E2E ref ${Date.now()}`, mailNickname: 'e2eref', securityEnabled: true, mailEnabled: false } });
  expect(group.status()).toBe(201);
  const { id } = await group.json();
  const users = (await (await request.get(`${USERS}?$top=2`, { headers })).json()).value as { id: string }[];
  for (const [user, ref] of [[users[0]!, '$ref'], [users[1]!, '%24ref']] as const) {
    const added = await request.post(`/graph/beta/groups/${id}/members/${ref}`, { headers, data: { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${user.id}` } });
    expect(added.status()).toBe(204);
  }
  const members = (await (await request.get(`/graph/beta/groups/${id}/members`, { headers })).json()).value as { id: string }[];
  expect(members.map((member) => member.id).sort()).toEqual(users.map((user) => user.id).sort());
});

test('POST /users refuses an 11-character password and names passwordProfile.password', async ({ request }) => {
  const token = await automationToken(request);
  const upn = `e2e.${Date.now()}@contoso.local`;

  const refused = await postUser(request, token, upn, '12345678901');
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toMatchObject({ code: 'BadRequest', message: expect.stringContaining('passwordProfile.password') });
  const lookup = await request.get(`${USERS}/${upn}`, { headers: { authorization: `Bearer ${token}` } });
  expect(lookup.status()).toBe(404); // a refused request stores nothing

  expect((await postUser(request, token, upn, '123456789012')).status()).toBe(201);
  expect((await postUser(request, token, upn.toUpperCase(), '123456789012')).status()).toBe(409);
});

test('the directory blades have no serious accessibility violations', async ({ adminPage: page }) => {
  await openBlade(page, '/users', 'Users | All users');
  await expect(page.getByRole('grid', { name: 'Users' })).toContainText('Megan Bowen');
  await expectAccessible(page);

  await page.goto('/devices');
  await page.getByRole('searchbox', { name: 'Search by device name, UPN or serial number' }).fill('Lobby');
  await expect(page.getByRole('grid', { name: 'Devices' }).getByRole('row')).toHaveCount(2);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Lobby iPad' }).click();
  await expect(page.getByText('None (userless)')).toBeVisible();
  await expectAccessible(page);

  await page.goto('/groups?search=Apple');
  await page.getByRole('link', { name: 'Apple devices' }).click();
  await expect(page.getByRole('grid', { name: 'Members' })).toContainText('iOS devices');
  await expectAccessible(page);
});
