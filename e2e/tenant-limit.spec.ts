// At most six CAs per tenant: the seventh is refused with a message the wizard shows.
import { automationToken, CA_COLLECTION, expect, test } from './fixtures';

test('the seventh CA is refused with a readable message', async ({ adminPage: page, request }) => {
  const authorization = `Bearer ${await automationToken(request)}`;
  const existing = (await (await request.get(CA_COLLECTION, { headers: { authorization } })).json()).value.length;
  // Fill the tenant up to six through the API (EC keys: fast), racing the creates as two admins might.
  const creates = Array.from({ length: 8 - existing }, (_, index) =>
    request.post(CA_COLLECTION, {
      headers: { authorization },
      data: {
        displayName: `Filler root ${index + 1}`,
        cloudCertificationAuthorityType: 'rootCertificationAuthority',
        validityPeriodInYears: 5,
        certificateKeySize: 'eCP256',
        commonName: `Filler root ${index + 1}`,
        extendedKeyUsages: [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }],
      },
    }),
  );
  const statuses = (await Promise.all(creates)).map((response) => response.status());
  expect(statuses.filter((status) => status === 201)).toHaveLength(6 - existing);
  expect(statuses.filter((status) => status === 409)).toHaveLength(2);

  await page.goto('/tenant-administration/cloud-pki');
  await expect(page.getByRole('row')).toHaveCount(7); // header + six CAs
  await expect(page.getByRole('button', { name: 'Create' })).toBeDisabled();

  // The API says why, in words.
  const seventh = await request.post(CA_COLLECTION, {
    headers: { authorization },
    data: {
      displayName: 'Seventh',
      cloudCertificationAuthorityType: 'rootCertificationAuthority',
      validityPeriodInYears: 5,
      certificateKeySize: 'eCP256',
      commonName: 'Seventh',
      extendedKeyUsages: [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }],
    },
  });
  expect(seventh.status()).toBe(409);
  expect((await seventh.json()).error.message).toContain('at most 6 CAs');
});
