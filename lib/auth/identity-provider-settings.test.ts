import { describe, expect, it } from 'vitest';
import { getIdentityProviderSettings } from './identity-provider-settings';
import { localMsalAuthority } from './msal-configuration';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const SPA = '11111111-2222-4333-8444-555555555555';
const API = '66666666-7777-4888-9999-000000000000';

describe('identity provider settings', () => {
  it('uses the embedded provider at PUBLIC_URL/oidc when Entra is not configured', () => {
    expect(getIdentityProviderSettings({ PUBLIC_URL: 'http://localhost:3200' })).toEqual({
      mode: 'local',
      issuer: 'http://localhost:3200/oidc',
      audience: 'api://cloudpki',
      scope: 'api://cloudpki/Cpki.Access',
    });
  });

  it('uses Entra v2 issuer, keys and the SPA id as audience when no API app is set', () => {
    expect(getIdentityProviderSettings({ PUBLIC_URL: 'https://pki.contoso.com', ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: SPA })).toMatchObject({
      mode: 'entra',
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      jwksUri: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
      authority: `https://login.microsoftonline.com/${TENANT}`,
      audience: SPA,
      scope: `api://${SPA}/Cpki.Access`,
    });
  });

  it('takes the audience and scope from the API app registration when it is separate', () => {
    const settings = getIdentityProviderSettings({ PUBLIC_URL: 'https://pki.contoso.com', ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: SPA, ENTRA_API_CLIENT_ID: API });
    expect(settings).toMatchObject({ clientId: SPA, audience: API, scope: `api://${API}/Cpki.Access` });
  });
});

describe('MSAL authority for the embedded provider', () => {
  it('names an https authority with http endpoints on the page origin', () => {
    const authority = localMsalAuthority('http://127.0.0.1:3200');
    expect(authority.authority).toBe('https://127.0.0.1:3200/oidc');
    expect(authority.knownAuthorities).toEqual(['127.0.0.1:3200']);
    expect(JSON.parse(authority.authorityMetadata ?? '')).toEqual({
      issuer: 'http://127.0.0.1:3200/oidc',
      authorization_endpoint: 'http://127.0.0.1:3200/oidc/auth',
      token_endpoint: 'http://127.0.0.1:3200/oidc/token',
      end_session_endpoint: 'http://127.0.0.1:3200/oidc/session/end',
      jwks_uri: 'http://127.0.0.1:3200/oidc/jwks',
    });
  });
});
