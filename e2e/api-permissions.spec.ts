// Permissions are enforced by the server: no token → 401, a token without the permission → 403,
// both with a Graph error body.
import { automationToken, bearerTokenOf, CA_COLLECTION, expect, READER, sharedPki, signIn, test } from './fixtures';

const rootBody = {
  displayName: 'Permission probe',
  cloudCertificationAuthorityType: 'rootCertificationAuthority',
  validityPeriodInYears: 5,
  certificateKeySize: 'eCP256',
  commonName: 'Permission probe',
  extendedKeyUsages: [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }],
};

test('the API refuses a request without a token with 401 and a Graph error', async ({ request }) => {
  const response = await request.get(CA_COLLECTION);
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe('Unauthorized');
});

test('a read-only user cannot create a CA: 403 from the API', async ({ page, request }) => {
  await signIn(page, READER);
  const token = await bearerTokenOf(page, () => page.goto('/tenant-administration/cloud-pki'));

  const list = await request.get(CA_COLLECTION, { headers: { authorization: `Bearer ${token}` } });
  expect(list.status()).toBe(200);

  const create = await request.post(CA_COLLECTION, { headers: { authorization: `Bearer ${token}` }, data: rootBody });
  expect(create.status()).toBe(403);
  const { error } = await create.json();
  expect(error.code).toBe('Forbidden');
  expect(error.message).toContain('Create certificate authorities');
  await expect(page.getByRole('button', { name: 'Create' })).toBeDisabled();
});

test('invalid input is a 400 that names the field, and nothing is stored', async ({ request }) => {
  const authorization = `Bearer ${await automationToken(request)}`;
  const before = (await (await request.get(CA_COLLECTION, { headers: { authorization } })).json()).value.length;

  const response = await request.post(CA_COLLECTION, {
    headers: { authorization },
    data: { ...rootBody, countryName: 'USA', extendedKeyUsages: [{ name: 'Any', objectIdentifier: '2.5.29.37.0' }] },
  });
  expect(response.status()).toBe(400);
  const { error } = await response.json();
  expect(error.code).toBe('BadRequest');
  expect(error.message).toContain('countryName');
  expect(error.message).toContain('Any Purpose');

  const after = (await (await request.get(CA_COLLECTION, { headers: { authorization } })).json()).value.length;
  expect(after).toBe(before);
});

test('an unknown Graph path is a 404 with a Graph error body', async ({ request }) => {
  const response = await request.get('/graph/beta/deviceManagement/noSuchCollection');
  expect(response.status()).toBe(404);
  expect((await response.json()).error).toMatchObject({ code: 'ResourceNotFound' });
});

test('creating a CA is audited with who did it, and readable through auditEvents', async ({ request }) => {
  const { root, authorization } = await sharedPki(request);
  const { id } = root;

  const filter = encodeURIComponent("activityType eq 'Create CloudCertificationAuthority'");
  const audit = await request.get(`/graph/beta/deviceManagement/auditEvents?$filter=${filter}`, { headers: { authorization } });
  expect(audit.status()).toBe(200);
  const event = (await audit.json()).value.find((entry: { resources: { resourceId: string }[] }) => entry.resources[0]?.resourceId === id);
  expect(event).toMatchObject({ activityResult: 'Success', category: 'CloudPki', actor: { type: 'Application' } });
});
