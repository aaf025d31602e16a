// Tenant administration › Audit logs: the events the services record, filtered by activity, date range, actor and
// target in the URL and by Graph $filter, each with its before/after summary, exported as CSV whose formula-like
// cells stay text; readable in the high-contrast theme too. No recorded event carries key material or a challenge.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type APIRequestContext } from '@playwright/test';
import { automationToken, CA_COLLECTION, expect, expectAccessible, sharedPki, signIn, test } from './fixtures';
import { readCsv } from './read-csv';
import { enrollOverScep, scepChallenge } from './scep-enrollment';

const AUDIT_EVENTS = '/graph/beta/deviceManagement/auditEvents';
const SCOPE_TAGS = '/graph/beta/deviceManagement/roleScopeTags';

interface AuditEventJson {
  activityType: string;
  activityDateTime: string;
  actor: { userPrincipalName: string | null; applicationDisplayName: string | null };
  resources: { displayName: string | null; resourceId: string; modifiedProperties: { newValue: string }[] }[];
}

async function auditEvents(request: APIRequestContext, filter?: string): Promise<{ status: number; events: AuditEventJson[] }> {
  const authorization = `Bearer ${await automationToken(request)}`;
  const events: AuditEventJson[] = [];
  for (let skip = 0; ; skip += 999) {
    const response = await request.get(AUDIT_EVENTS, { headers: { authorization }, params: { $top: 999, $skip: skip, ...(filter && { $filter: filter }) } });
    if (response.status() !== 200) return { status: response.status(), events };
    const { value } = (await response.json()) as { value: AuditEventJson[] };
    events.push(...value);
    if (value.length < 999) return { status: 200, events };
  }
}

/** yyyy-mm-dd of the browser's (this machine's) calendar day, `days` from today. */
function calendarDay(days = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

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

test('filters by date range, initiated by and target, and exports what matches as CSV with formula cells escaped', async ({ adminPage: page, request }) => {
  const authorization = `Bearer ${await automationToken(request)}`;
  const before = new Date(Date.now() - 1000).toISOString();
  // A name a spreadsheet would run as a formula.
  const name = `=HYPERLINK("http://evil.test","E2E audit ${Date.now()}")`;
  const created = await request.post(SCOPE_TAGS, { headers: { authorization }, data: { displayName: name, description: 'first' } });
  expect(created.status()).toBe(201);
  const tag = (await created.json()) as { id: string };
  expect((await request.patch(`${SCOPE_TAGS}/${tag.id}`, { headers: { authorization }, data: { description: 'second' } })).status()).toBe(200);

  // Graph $filter: activity, date-time bounds and target combined with and; an unknown comparison is a 400.
  const target = `resources/any(r: r/displayName eq '${name.replaceAll("'", "''")}')`;
  const mine = await auditEvents(request, `activityDateTime ge ${before} and ${target}`);
  expect(mine.events.map((event) => event.activityType).sort()).toEqual(['Create RoleScopeTag', 'Patch RoleScopeTag']);
  const actor = mine.events[0]!.actor.applicationDisplayName!;
  expect((await auditEvents(request, `activityType eq 'Create RoleScopeTag' and activityDateTime gt ${before} and ${target}`)).events).toHaveLength(1);
  expect((await auditEvents(request, `activityDateTime lt ${before} and ${target}`)).events).toHaveLength(0);
  expect((await auditEvents(request, `actor/applicationDisplayName eq '${actor}' and ${target}`)).events).toHaveLength(2);
  expect((await auditEvents(request, "activityType ne 'Create RoleScopeTag'")).status).toBe(400);
  // The change is recorded with the changed property.
  const patch = mine.events.find((event) => event.activityType === 'Patch RoleScopeTag')!;
  expect(patch.resources[0]!.modifiedProperties[0]!.newValue).toContain('second');

  await page.goto('/tenant-administration/audit-logs');
  const grid = page.getByRole('grid', { name: 'Audit logs' });
  await expect(grid).toBeVisible();
  await page.getByLabel('Target').fill(name);
  await page.getByLabel('Initiated by').fill(actor);
  await page.getByLabel('From', { exact: true }).fill(calendarDay());
  await page.getByLabel('To', { exact: true }).fill(calendarDay());
  await expect(page).toHaveURL(/[?&]target=/);
  await expect(grid.getByRole('row').filter({ hasText: 'RoleScopeTag' })).toHaveCount(2);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('audit-logs.csv');
  const [header, ...records] = readCsv(readFileSync(await file.path(), 'utf8'));
  expect(header).toEqual(['Date', 'Activity', 'Result', 'Category', 'Operation', 'Initiated by', 'Target', 'Target ID', 'Summary']);
  expect(records.map((record) => record[1]).sort()).toEqual(['Create RoleScopeTag', 'Patch RoleScopeTag']);
  for (const record of records) {
    expect(record[5]).toBe(actor);
    expect(record[6]).toBe(`'${name}`); // text, not a formula
    expect(record[7]).toBe(tag.id);
  }

  // A range that ends before today matches nothing; the filters survive a reload.
  await page.getByLabel('From', { exact: true }).fill(calendarDay(-3));
  await page.getByLabel('To', { exact: true }).fill(calendarDay(-2));
  await expect(page.getByText('No audit events match these filters.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Target')).toHaveValue(name);
  await expect(page.getByText('No audit events match these filters.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();

  expect((await request.delete(`${SCOPE_TAGS}/${tag.id}`, { headers: { authorization } })).status()).toBe(204);
});

/** Base64 and hex runs long enough to hold a key, decoded. */
function encodedBlobs(text: string): Buffer[] {
  const base64 = [...text.matchAll(/[A-Za-z0-9+/_-]{60,}={0,2}/g)].map(([run]) => Buffer.from(run, run.includes('-') || run.includes('_') ? 'base64url' : 'base64'));
  const hex = [...text.matchAll(/\b(?:[0-9a-fA-F]{2}){60,}\b/g)].map(([run]) => Buffer.from(run, 'hex'));
  return [...base64, ...hex];
}

function isPrivateKey(der: Buffer): boolean {
  const formats = [{ type: 'pkcs8' }, { type: 'pkcs1' }, { type: 'sec1' }] as const;
  return formats.some(({ type }) => {
    try {
      createPrivateKey({ key: der, format: 'der', type });
      return true;
    } catch {
      return false;
    }
  });
}

test('no recorded event of a journey carries a private key or a challenge', async ({ request }) => {
  const { issuing, authorization } = await sharedPki(request);
  const automation = { authorization: `Bearer ${await automationToken(request)}` };
  // A journey through every kind of change: scope tag, role, assignment, license, profile-free enrollment and revocation.
  const tag = await (await request.post(SCOPE_TAGS, { headers: automation, data: { displayName: `E2E secrets ${Date.now()}` } })).json();
  const role = await request.post('/graph/beta/deviceManagement/roleDefinitions', {
    headers: automation,
    data: { displayName: `E2E secrets role ${Date.now()}`, rolePermissions: [{ resourceActions: [{ allowedResourceActions: ['Microsoft.Intune_CloudPki_Read'] }] }], roleScopeTagIds: [tag.id] },
  });
  expect(role.status()).toBe(201);
  const roleId = ((await role.json()) as { id: string }).id;
  const assignment = await request.post('/graph/beta/deviceManagement/roleAssignments', {
    headers: automation,
    data: { displayName: `E2E secrets assignment ${Date.now()}`, roleScopeTagIds: [tag.id], 'roleDefinition@odata.bind': `https://graph.microsoft.com/beta/deviceManagement/roleDefinitions/${roleId}` },
  });
  expect(assignment.status()).toBe(201);
  const assignmentId = ((await assignment.json()) as { id: string }).id;
  const trialEndDateTime = new Date(Date.now() + 60 * 86_400_000).toISOString();
  expect((await request.patch('/graph/beta/deviceManagement/cloudPkiLicense', { headers: automation, data: { licenseType: 'trial', trialEndDateTime } })).status()).toBe(200);

  const challenges: string[] = [];
  const serialNumbers: string[] = [];
  for (const deviceName of ['E2E-SECRETS-1', 'E2E-SECRETS-2']) {
    const { challenge, scepServerUrl } = await scepChallenge(request, authorization, issuing.id, deviceName);
    challenges.push(challenge);
    serialNumbers.push(new X509Certificate(await enrollOverScep(scepServerUrl, challenge, deviceName)).serialNumber);
  }
  for (const certificateSerialNumber of serialNumbers) {
    const revoked = await request.post(`${CA_COLLECTION}/${issuing.id}/revokeLeafCertificateBySerialNumber`, {
      headers: { authorization },
      data: { certificateSerialNumber, revocationReason: 'cessationOfOperation' },
    });
    expect(revoked.status()).toBe(200);
  }

  const { events } = await auditEvents(request);
  const kinds = new Set(events.map((event) => event.activityType));
  for (const kind of ['Create RoleScopeTag', 'Create RoleDefinition', 'Create RoleAssignment', 'Patch CloudPkiLicense', 'CreateScepChallenge CloudCertificationAuthority', 'IssueLeafCertificate CloudCertificationAuthorityLeafCertificate', 'RevokeLeafCertAsync CloudCertificationAuthorityLeafCertificate', 'Create CloudCertificationAuthority']) {
    expect(kinds, kind).toContain(kind);
  }
  const text = JSON.stringify(events);
  expect(text).not.toMatch(/PRIVATE KEY/);
  for (const challenge of challenges) expect(text).not.toContain(challenge);
  const blobs = encodedBlobs(text);
  expect(blobs.length).toBeGreaterThan(0); // the CA thumbprints and SCEP transaction ids at least
  expect(blobs.filter(isPrivateKey)).toHaveLength(0);

  for (const path of [`/graph/beta/deviceManagement/roleAssignments/${assignmentId}`, `/graph/beta/deviceManagement/roleDefinitions/${roleId}`, `${SCOPE_TAGS}/${tag.id}`]) {
    expect((await request.delete(path, { headers: automation })).status()).toBe(204);
  }
});
