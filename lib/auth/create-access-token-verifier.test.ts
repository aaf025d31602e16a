import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '@/lib/graph/graph-error';
import { createAccessTokenVerifier, type AccessTokenVerifier } from './create-access-token-verifier';
import { permissionsOfRoles } from './built-in-role-definitions';
import { ALL_PERMISSIONS } from './permissions';
import { requirePermission } from './require-permission';

const ISSUER = 'http://localhost:3200/oidc';
const AUDIENCE = 'api://cloudpki';
const TENANT = '5b1b4bb4-7b39-4f6e-9a53-4f1e6a0d5a10';

let signingKey: CryptoKey;
let verify: AccessTokenVerifier;

const userClaims = {
  sub: 'b2d1c0f3-9c1e-4c55-8d22-3f0a2f7e1d11',
  tid: TENANT,
  name: 'Portal administrator',
  preferred_username: 'admin@contoso.local',
  scope: 'api://cloudpki/Cpki.Access',
  roles: ['CloudPKI.Admin'],
};

async function sign(claims: JWTPayload, options: { issuer?: string; audience?: string; expiresIn?: string | number; key?: CryptoKey } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(options.key ?? signingKey);
}

async function expectGraphError(promise: Promise<unknown>, code: string, message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GraphError);
  expect(error).toMatchObject({ code });
  expect((error as GraphError).message).toMatch(message);
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  verify = createAccessTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: createLocalJWKSet({ keys: [jwk] }) });
});

describe('access token verification', () => {
  it('turns a valid user token into a principal with the permissions of its roles', async () => {
    const principal = await verify(await sign(userClaims));
    expect(principal).toEqual({
      id: userClaims.sub,
      name: 'Portal administrator',
      userPrincipalName: 'admin@contoso.local',
      tenantId: TENANT,
      roles: ['CloudPKI.Admin'],
      groupIds: [],
      grants: Object.fromEntries(ALL_PERMISSIONS.map((permission) => [permission, 'all'])),
      permissions: ALL_PERMISSIONS,
      isApplication: false,
    });
  });

  it('reads an Entra-shaped v2 token: oid as id, short scp, app roles', async () => {
    const principal = await verify(
      await sign({ oid: 'e0c7a5a4-1f9c-4a8e-b3b4-0d6b7c1e2f3a', sub: 'pairwise-sub', tid: TENANT, name: 'Olga Operator', preferred_username: 'olga@contoso.com', scp: 'Cpki.Access', roles: ['CloudPKI.Operator'] }),
    );
    expect(principal.id).toBe('e0c7a5a4-1f9c-4a8e-b3b4-0d6b7c1e2f3a');
    expect(principal.permissions).toEqual(permissionsOfRoles(['CloudPKI.Operator']));
    expect(principal.permissions).toContain('leaf.revoke');
  });

  it('marks client-credentials tokens as applications', async () => {
    const principal = await verify(await sign({ sub: 'automation', client_id: 'automation', tid: TENANT, idtyp: 'app', scope: 'api://cloudpki/Cpki.Access', roles: ['CloudPKI.Admin'] }));
    expect(principal).toMatchObject({ id: 'automation', name: 'automation', isApplication: true });
    expect(principal.userPrincipalName).toBeUndefined();
  });

  it('rejects a token for another audience (for example a Graph token)', async () => {
    await expectGraphError(verify(await sign(userClaims, { audience: 'https://graph.microsoft.com' })), 'Unauthorized', /Invalid audience/);
  });

  it('rejects a token from another issuer', async () => {
    await expectGraphError(verify(await sign(userClaims, { issuer: 'https://sts.windows.net/x/' })), 'Unauthorized', /Invalid issuer/);
  });

  it('rejects an expired token (beyond the 60 s clock tolerance)', async () => {
    await expectGraphError(verify(await sign(userClaims, { expiresIn: Math.floor(Date.now() / 1000) - 120 })), 'Unauthorized', /expired/);
  });

  it('rejects a tampered token', async () => {
    const [header, , signature] = (await sign(userClaims)).split('.');
    const forged = Buffer.from(JSON.stringify({ ...userClaims, roles: ['CloudPKI.Admin', 'Global.Admin'], iss: ISSUER, aud: AUDIENCE, exp: 9_999_999_999 })).toString('base64url');
    await expectGraphError(verify(`${header}.${forged}.${signature}`), 'Unauthorized', /Invalid signature/);
  });

  it('rejects a token signed by an unknown key', async () => {
    const other = await generateKeyPair('RS256');
    await expectGraphError(verify(await sign(userClaims, { key: other.privateKey })), 'Unauthorized', /signature|signing key/);
  });

  it('rejects garbage and an HS256 token', async () => {
    await expectGraphError(verify('not-a-jwt'), 'Unauthorized', /malformed/);
    const hs256 = await new SignJWT(userClaims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').sign(new Uint8Array(32));
    await expectGraphError(verify(hs256), 'Unauthorized', /algorithm/);
  });

  it('answers 403 for a user token without the API scope', async () => {
    await expectGraphError(verify(await sign({ ...userClaims, scope: 'openid profile' })), 'Forbidden', /Cpki\.Access/);
  });

  it('rejects a token without a tenant', async () => {
    const { tid: _tid, ...withoutTenant } = userClaims;
    await expectGraphError(verify(await sign(withoutTenant)), 'Unauthorized', /tenant/);
  });
});

describe('requirePermission', () => {
  it('lets a reader read and refuses to let them create a CA', async () => {
    const reader = await verify(await sign({ ...userClaims, roles: ['CloudPKI.Reader'] }));
    expect(() => requirePermission(reader, 'ca.read')).not.toThrow();
    expect(() => requirePermission(reader, 'ca.create')).toThrow(GraphError);
    try {
      requirePermission(reader, 'ca.create');
    } catch (error) {
      expect(error).toMatchObject({ code: 'Forbidden', status: 403 });
      expect((error as GraphError).message).toBe("This action requires the 'Create certificate authorities (CAs)' permission.");
    }
  });

  it('gives a token with unknown roles no permissions', async () => {
    const stranger = await verify(await sign({ ...userClaims, roles: ['Directory.Readers'] }));
    expect(stranger.permissions).toEqual([]);
    expect(() => requirePermission(stranger, 'ca.read')).toThrow(/Read CAs/);
  });
});
