import { importJWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '@/lib/graph/graph-error';
import { authenticateRequest, bearerTokenOf } from './authenticate-request';
import { loadOrCreateOidcKeys, type OidcKeys } from './oidc/oidc-key-file';
import { publishOidcPublicKeys } from './oidc/oidc-public-keys';

let keys: OidcKeys;

beforeAll(async () => {
  process.env.PUBLIC_URL = 'http://localhost:3298';
  delete process.env.ENTRA_TENANT_ID;
  delete process.env.ENTRA_CLIENT_ID;
  keys = await loadOrCreateOidcKeys('memory://');
  publishOidcPublicKeys(keys);
});

describe('bearer token header', () => {
  it('takes the token after "Bearer" (any case) and refuses anything else as empty', () => {
    expect(bearerTokenOf('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerTokenOf('bearer abc.def.ghi')).toBe('abc.def.ghi');
    for (const header of [null, '', 'Bearer', 'Basic dXNlcjpwYXNz', 'Bearer a b']) {
      expect(() => bearerTokenOf(header)).toThrow(new GraphError('Unauthorized', 'Access token is empty.'));
    }
  });
});

describe('authenticateRequest with the embedded provider', () => {
  it('verifies a token signed with the provider key and the PUBLIC_URL issuer', async () => {
    const [jwk] = keys.jwks.keys;
    const token = await new SignJWT({ sub: 'user-1', tid: 'tenant-1', scope: 'api://cloudpki/Cpki.Access', roles: ['CloudPKI.Reader'] })
      .setProtectedHeader({ alg: 'RS256', kid: jwk!.kid })
      .setIssuer('http://localhost:3298/oidc')
      .setAudience('api://cloudpki')
      .setExpirationTime('5m')
      .sign(await importJWK(jwk!, 'RS256'));
    const request = new Request('http://127.0.0.1:3298/graph/beta/x', { headers: { authorization: `Bearer ${token}` } });
    await expect(authenticateRequest(request)).resolves.toMatchObject({ id: 'user-1', permissions: expect.arrayContaining(['ca.read', 'directory.read']) });
  });

  it('answers 401 without a token', async () => {
    await expect(authenticateRequest(new Request('http://127.0.0.1:3298/graph/beta/x'))).rejects.toMatchObject({ code: 'Unauthorized', status: 401 });
  });
});
