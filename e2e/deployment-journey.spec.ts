// The deployment order journey: a Windows SCEP profile can be assigned to a group only once the
// root and issuing CA certificates reach the same devices through trusted certificate profiles. The portal explains
// a refusal before anything is saved, and the assign API refuses with the same steps.
import { readFile } from 'node:fs/promises';
import { type Download, type Locator, type Page } from '@playwright/test';
import { expect, expectAccessible, openssl, sharedPki, test, toPem } from './fixtures';

const PROFILES = '/graph/beta/deviceManagement/deviceConfigurations';
const GROUP = 'All Windows devices';

async function next(page: Page) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** Devices › Configuration › Create, then Platform and Profile type in the "Create a profile" dialog. */
async function startProfile(page: Page, profileType: 'Trusted certificate' | 'SCEP certificate', name: string) {
  await page.goto('/devices/configuration');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a profile' });
  await dialog.getByLabel('Platform').selectOption({ label: 'Windows 10 and later' });
  await dialog.getByLabel('Profile type').selectOption({ label: profileType });
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: profileType, level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await next(page);
}

/** Assignments › Add groups to include › the group. */
async function includeGroup(scope: Page | Locator, page: Page) {
  await scope.getByRole('button', { name: 'Add groups to include' }).click();
  const picker = page.getByRole('dialog', { name: 'Select groups to include' });
  await picker.getByLabel('Search groups').fill(GROUP);
  await picker.getByRole('checkbox', { name: new RegExp(`^${GROUP}`) }).check();
  await picker.getByRole('button', { name: 'Select' }).click();
  await expect(picker).toBeHidden();
}

async function createAndReturnToList(page: Page, name: string) {
  await next(page);
  await expect(page.getByRole('heading', { name: 'Basics' })).toBeVisible();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page).toHaveURL(/\/devices\/configuration$/);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

async function openProfile(page: Page, name: string) {
  await page.goto('/devices/configuration');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('a SCEP profile is assigned only after the trust profiles reach the same devices', async ({ adminPage: page, request }) => {
  // The CAs come from the API: the Create-CA wizard has its own journey.
  const { issuing, authorization } = await sharedPki(request);

  // 1. The Windows trusted certificate profile of the root CA, not assigned yet.
  await startProfile(page, 'Trusted certificate', 'Journey Windows root trust');
  await page.getByLabel('Cloud PKI certificate authority').selectOption({ label: 'E2E Shared Root CA (Root CA, CN: E2E Shared Root CA)' });
  await expect(page.getByLabel('Certificate details')).toContainText('E2E Shared Root CA');
  await expect(page.getByLabel('Destination store')).toHaveValue('computerCertStoreRoot');
  await expectAccessible(page);
  await next(page);
  await expect(page.getByText('No groups are included.')).toBeVisible();
  await createAndReturnToList(page, 'Journey Windows root trust');
  await expect(page.getByRole('row', { name: /Journey Windows root trust/ })).toContainText('No');
  await expectAccessible(page);

  // 2. The Windows SCEP profile: the issuing CA's SCEP URI, and the root trust profile as Root Certificate.
  await startProfile(page, 'SCEP certificate', 'Journey Windows SCEP');
  await expect(page.getByLabel('Subject name format')).toHaveValue('CN={{UserName}},E={{EmailAddress}}');
  await expect(page.getByLabel('Renewal threshold (%)')).toHaveValue('20');
  await page.getByLabel('Use the SCEP URI of a Cloud PKI issuing CA').selectOption({ label: 'E2E Shared Issuing CA (CN: E2E Shared Issuing CA)' });
  await expect(page.getByLabel('SCEP Server URLs')).toHaveValue(new RegExp(`^https://\\{\\{CloudPKIFQDN\\}\\}/.*/${issuing.id}$`, 'i'));
  await expect(page.getByLabel('Root Certificate').locator('option:checked')).toHaveText(/Journey Windows root trust/);
  await expectAccessible(page);
  await next(page);
  await expect(page.getByRole('button', { name: 'Add groups to include' })).toBeVisible();
  // The checker refuses the group (step 3 below says why): the Assignments tab is marked as holding an error, not
  // as completed, also from another tab; without the group it is not.
  const assignmentsTab = page.getByRole('tab', { name: /Assignments/ });
  await includeGroup(page, page);
  await expect(page.getByText('These assignments break the deployment order')).toBeVisible();
  await expect(assignmentsTab).toHaveAttribute('data-step-state', 'error');
  await page.getByRole('tab', { name: /Basics/ }).click();
  await expect(assignmentsTab).toHaveAttribute('data-step-state', 'error');
  await assignmentsTab.click();
  await page.getByRole('button', { name: `Remove ${GROUP}` }).click();
  await expect(assignmentsTab).not.toHaveAttribute('data-step-state', 'error');
  await createAndReturnToList(page, 'Journey Windows SCEP');

  // 3. Assigning the SCEP profile to the Windows devices is refused: no issuing trust profile, and the root trust
  //    profile does not reach those devices. The portal says so before saving…
  await openProfile(page, 'Journey Windows SCEP');
  const scepId = page.url().split('/').at(-1)!;
  await page.getByRole('button', { name: 'Edit Assignments' }).click();
  const editor = page.getByRole('dialog', { name: /Edit assignments/ });
  await includeGroup(editor, page);
  await expect(editor).toContainText('These assignments break the deployment order');
  await expect(editor).toContainText("Step 4 — Create a Windows trusted certificate profile with the issuing CA 'E2E Shared Issuing CA' certificate");
  await expect(editor).toContainText(`Step 5 — The root CA trust profile 'Journey Windows root trust' does not reach`);
  await expect(editor).toContainText(`in group '${GROUP}'`);
  await expect(editor.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expectAccessible(page);

  // …and the assign API refuses with the same steps.
  const groups = await request.get('/graph/beta/groups', { headers: { authorization }, params: { $search: `"displayName:${GROUP}"` } });
  const group = ((await groups.json()).value as { id: string; displayName: string }[]).find((candidate) => candidate.displayName === GROUP)!;
  const assign = await request.post(`${PROFILES}/${scepId}/assign`, {
    headers: { authorization },
    data: { assignments: [{ target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: group.id } }] },
  });
  expect(assign.status()).toBe(409);
  const { error } = await assign.json();
  expect(error.code).toBe('Conflict');
  expect(error.message).toContain("Step 4 — Create a Windows trusted certificate profile with the issuing CA 'E2E Shared Issuing CA' certificate");
  expect(error.message).toContain("Step 5 — The root CA trust profile 'Journey Windows root trust' does not reach");

  // 4. The refusal links to the missing step: the issuing CA's trust profile, CA preselected, assigned to the group.
  await editor.getByRole('link', { name: "Create a Windows trusted certificate profile for 'E2E Shared Issuing CA'" }).click();
  await expect(page.getByRole('heading', { name: 'Trusted certificate', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Journey Windows issuing trust');
  await next(page);
  await expect(page.getByLabel('Cloud PKI certificate authority')).toHaveValue(issuing.id);
  await expect(page.getByLabel('Destination store')).toHaveValue('computerCertStoreIntermediate');
  await next(page);
  await includeGroup(page, page);
  await expect(page.getByText('These assignments keep the deployment order.')).toBeVisible();
  await createAndReturnToList(page, 'Journey Windows issuing trust');
  await expect(page.getByRole('row', { name: /Journey Windows issuing trust/ })).toContainText('Yes');

  // 5. The root trust profile joins the same group.
  await openProfile(page, 'Journey Windows root trust');
  await page.getByRole('button', { name: 'Edit Assignments' }).click();
  await includeGroup(page.getByRole('dialog', { name: /Edit assignments/ }), page);
  await expect(page.getByText('These assignments keep the deployment order.')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: /Edit assignments/ })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Assignments' })).toContainText(GROUP);

  // 6. Now the SCEP profile's assignment is accepted.
  await openProfile(page, 'Journey Windows SCEP');
  await page.getByRole('button', { name: 'Edit Assignments' }).click();
  await includeGroup(page.getByRole('dialog', { name: /Edit assignments/ }), page);
  await expect(page.getByText('These assignments keep the deployment order.')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: /Edit assignments/ })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Assignments' })).toContainText(GROUP);
  await expectAccessible(page);

  // The chain now carries an assigned SCEP profile: deleting its root trust profile is refused, and nothing changes.
  await openProfile(page, 'Journey Windows root trust');
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: "Delete 'Journey Windows root trust'?" });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toContainText('The profile wasn’t deleted');
  await expect(confirm).toContainText("'Journey Windows SCEP'");
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Journey Windows root trust', level: 1 })).toBeVisible();

  // The issuing CA's deployment order for Windows: all five steps done.
  await page.goto(`/tenant-administration/cloud-pki/${issuing.id}/deployment-order`);
  await expect(page.getByRole('heading', { name: 'Deployment order', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Windows', selected: true })).toBeVisible();
  const steps = page.getByRole('list', { name: 'Deployment steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(5);
  for (const step of await steps.all()) await expect(step).toHaveAttribute('data-state', 'done');
  await expectAccessible(page);
});

// The device side of the same deployment, on the profiles assigned above: a Windows device of the
// group checks in when told to Sync — it installs both trust profiles, enrolls over the portal's SCEP service and
// accepts the certificate because it chains to the root it now trusts. The certificate shows in the issuing CA's
// list with the device and its user, and OpenSSL verifies it against the chain the portal publishes. A device of
// another platform, outside the group, reports the profiles Not applicable.
async function readDownload(page: Page, trigger: () => Promise<unknown>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { download, bytes: await readFile((await download.path())!) };
}

async function syncDevice(page: Page, deviceName: string) {
  await page.goto('/devices');
  await page.getByRole('searchbox', { name: 'Search by device name, UPN or serial number' }).fill(deviceName);
  await page.getByRole('link', { name: deviceName, exact: true }).click();
  await expect(page.getByRole('heading', { name: deviceName, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  await expect(page.getByText('Sync requested').last()).toBeVisible();
  return page.getByRole('grid', { name: 'Device configuration status' });
}

test('a synced Windows device enrolls its SCEP certificate; a device outside the group reports Not applicable', async ({ adminPage: page, request }) => {
  const { issuing } = await sharedPki(request);

  // 1. Devices › CONTOSO-LT-001 (Adele Vance's laptop, in 'All Windows devices') › Sync: the check-in follows.
  const states = await syncDevice(page, 'CONTOSO-LT-001');
  await expect(states.getByRole('row', { name: /Journey Windows SCEP/ })).toContainText('Succeeded', { timeout: 60_000 });
  await expect(states.getByRole('row', { name: /Journey Windows root trust/ })).toContainText('Succeeded');
  await expect(states.getByRole('row', { name: /Journey Windows issuing trust/ })).toContainText('Succeeded');
  await expectAccessible(page);

  // 2. The SCEP profile's device status report says the same.
  await openProfile(page, 'Journey Windows SCEP');
  await page.getByRole('button', { name: 'View report' }).click();
  await expect(page.getByRole('grid', { name: 'Device status' }).getByRole('row', { name: /CONTOSO-LT-001/ })).toContainText('Succeeded');

  // 3. The issuing CA › View all certificates: the certificate, with the device and its user.
  await page.goto(`/tenant-administration/cloud-pki/${issuing.id}`);
  await expect(page.getByRole('heading', { name: 'E2E Shared Issuing CA', level: 1 })).toBeVisible();
  const chain = await readDownload(page, async () => {
    await page.getByRole('button', { name: 'Download' }).click();
    await page.getByRole('menuitem', { name: 'Certificate chain (.p7b)' }).click();
  });
  await page.getByRole('link', { name: 'View all certificates' }).click();
  const row = page.getByRole('grid', { name: 'Certificates' }).getByRole('row', { name: /CONTOSO-LT-001/ });
  await expect(row).toContainText('adele.vance@contoso.local');
  await expect(row).toContainText('CN=adele.vance');
  await row.getByRole('link', { name: /CN=adele\.vance/ }).click();
  const leaf = await readDownload(page, async () => {
    await page.getByRole('button', { name: 'Download' }).click();
    await page.getByRole('menuitem', { name: '.cer (DER)' }).click();
  });

  // 4. OpenSSL verifies the downloaded certificate against the downloaded chain.
  const chainPem = openssl({ 'chain.p7b': chain.bytes }, ['pkcs7', '-print_certs', '-inform', 'DER', '-in', 'chain.p7b']);
  expect(chainPem.status, chainPem.output).toBe(0);
  const verified = openssl({ 'chain.pem': chainPem.output, 'leaf.pem': toPem(leaf.bytes) }, ['verify', '-CAfile', 'chain.pem', 'leaf.pem']);
  expect(verified.output).toContain('leaf.pem: OK');

  // 5. Adele's iPhone is outside the group, and of another platform: the Windows profiles are Not applicable to it.
  const iPhoneStates = await syncDevice(page, "Adele's iPhone");
  await expect(iPhoneStates.getByRole('row', { name: /Journey Windows SCEP/ })).toContainText('Not applicable', { timeout: 60_000 });
  await expect(iPhoneStates.getByRole('row', { name: /Journey Windows root trust/ })).toContainText('Not applicable');
  await openProfile(page, 'Journey Windows SCEP');
  await page.getByRole('button', { name: 'View report' }).click();
  await expect(page.getByRole('grid', { name: 'Device status' }).getByRole('row', { name: /Adele's iPhone/ })).toContainText('Not applicable');
});
