// Hostile input (issue 9): text PostgreSQL cannot store — a NUL character, an unpaired surrogate — in a Graph JSON
// body is a 400 with a Graph error at the edge, never a 500, and nothing is changed.
import { CA_COLLECTION, expect, sharedPki, test } from '../fixtures';

test('a NUL or an unpaired surrogate in a displayName is a 400, and nothing is stored', async ({ request }) => {
  const { issuing, authorization } = await sharedPki(request);
  const headers = { authorization };
  const attempts = [
    () => request.patch(`${CA_COLLECTION}/${issuing.id}`, { headers, data: { displayName: 'Issuing\u0000CA' } }),
    // JSON.stringify writes the lone surrogate as the escape \ud800, which the server's JSON.parse turns back into it.
    () => request.patch(`${CA_COLLECTION}/${issuing.id}`, { headers, data: { displayName: 'Issuing \ud800 CA' } }),
    () => request.post('/graph/beta/users', { headers, data: { displayName: 'E2E \ud800', userPrincipalName: `e2e.surrogate.${Date.now()}@contoso.local`, accountEnabled: true, passwordProfile: { password: 'e2e-surrogate-password-0123' } } }),
    () => request.post('/graph/beta/groups', { headers, data: { displayName: 'E2E\u0000group', mailNickname: 'e2enul', securityEnabled: true, mailEnabled: false } }),
  ];
  for (const attempt of attempts) {
    const response = await attempt();
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'BadRequest', message: expect.stringContaining('NUL character or an unpaired surrogate') });
  }
  const ca = await (await request.get(`${CA_COLLECTION}/${issuing.id}`, { headers })).json();
  expect(ca.displayName).toBe(issuing.displayName);
});
