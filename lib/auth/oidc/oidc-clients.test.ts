import { describe, expect, it } from 'vitest';
import { expandDefaultScope } from './expand-default-scope';
import { oidcClients } from './oidc-clients';
import { portalOrigins } from './portal-origins';

describe('portal origins', () => {
  it('allows PUBLIC_URL and both loopback names, once each', () => {
    expect(portalOrigins('http://localhost:3200', 3200)).toEqual(['http://localhost:3200', 'http://127.0.0.1:3200']);
    expect(portalOrigins('https://pki.contoso.com/', 3000)).toEqual(['https://pki.contoso.com', 'http://localhost:3000', 'http://127.0.0.1:3000']);
  });
});

describe('clients of the embedded provider', () => {
  it('registers the SPA redirect and logout URIs for every origin', () => {
    const [portal, ...others] = oidcClients(['https://pki.contoso.com', 'http://127.0.0.1:3000'], undefined);
    expect(others).toEqual([]);
    expect(portal).toMatchObject({ client_id: 'cloudpki-portal', token_endpoint_auth_method: 'none' });
    expect(portal?.redirect_uris).toEqual([
      'https://pki.contoso.com/auth/redirect',
      'https://pki.contoso.com/',
      'http://127.0.0.1:3000/auth/redirect',
      'http://127.0.0.1:3000/',
    ]);
    expect(portal?.post_logout_redirect_uris).toEqual(['https://pki.contoso.com/', 'http://127.0.0.1:3000/']);
  });

  it('adds a confidential client-credentials client only when automation credentials are set', () => {
    const clients = oidcClients(['http://localhost:3000'], { clientId: 'ci', clientSecret: 'a-secret-of-sixteen+' });
    expect(clients[1]).toMatchObject({ client_id: 'ci', client_secret: 'a-secret-of-sixteen+', grant_types: ['client_credentials'] });
  });
});

describe('.default scope', () => {
  it('expands <resource>/.default to the resource scopes and keeps the others', () => {
    expect(expandDefaultScope('api://cloudpki/.default', 'api://cloudpki', ['api://cloudpki/Cpki.Access'])).toBe('api://cloudpki/Cpki.Access');
    expect(expandDefaultScope('openid api://cloudpki/.default api://cloudpki/Cpki.Access', 'api://cloudpki', ['api://cloudpki/Cpki.Access'])).toBe(
      'openid api://cloudpki/Cpki.Access',
    );
    expect(expandDefaultScope('api://other/.default', 'api://cloudpki', ['api://cloudpki/Cpki.Access'])).toBe('api://other/.default');
  });
});
