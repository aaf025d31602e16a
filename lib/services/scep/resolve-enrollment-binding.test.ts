// A challenge minted by the device check-in binds the certificate to the SCEP profile's EKUs, key usage and validity
// and the leaf row to the device and its user; a hand-made challenge keeps the default binding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertChallenge } from '@/lib/db/repositories/scep-challenges';
import { ScepFailureError } from '@/lib/scep/scep-failure-error';
import { createScepProfile, createTestTenant, createTrustProfile, type TestTenant } from '../device-configurations/test-tenant.test-helpers';
import { DEFAULT_BINDING } from './enrollment-binding';
import { bindingOfChallenge } from './resolve-enrollment-binding';

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await createTestTenant();
});
afterAll(async () => {
  await tenant.handle.close();
});

const challenge = (binding: { deviceId?: string; profileId?: string }) =>
  insertChallenge(tenant.handle.db, {
    tenantId: tenant.tenantId,
    caId: tenant.issuing.id,
    challengeHash: crypto.randomUUID(),
    expiresDateTime: new Date(Date.now() + 60_000),
    ...binding,
  });

describe('bindingOfChallenge', () => {
  it("binds a check-in challenge to the profile's EKUs, key usage and validity, and to the device and its user", async () => {
    const root = await createTrustProfile(tenant, 'Binding Root', tenant.rootDer);
    const scep = await createScepProfile(tenant, root.id, { keyUsage: 'digitalSignature', certificateValidityPeriodValue: 6, certificateValidityPeriodScale: 'months' });
    const { alicePc } = tenant.devices;
    expect(await bindingOfChallenge(tenant.handle.db, await challenge({ deviceId: alicePc.id, profileId: scep.id }))).toEqual({
      profileId: scep.id,
      extendedKeyUsages: ['1.3.6.1.5.5.7.3.2'],
      keyUsages: ['digitalSignature'],
      validity: { value: 6, scale: 'months' },
      device: { id: alicePc.id, name: 'ALICE-PC', platform: 'Windows', userId: alicePc.userId, userPrincipalName: 'alice@contoso.local' },
    });
  });

  it('keeps the default binding for a challenge made by hand', async () => {
    expect(await bindingOfChallenge(tenant.handle.db, await challenge({}))).toEqual(DEFAULT_BINDING);
  });

  it('refuses with a SCEP FAILURE when the profile of the challenge is gone', async () => {
    const refusal = await bindingOfChallenge(tenant.handle.db, await challenge({ profileId: crypto.randomUUID() })).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ScepFailureError);
    expect(refusal).toMatchObject({ failInfo: 'badRequest', message: 'The SCEP profile this challenge was issued for no longer exists.' });
  });
});
