// What the embedded provider says about a signed-in user or script, shaped like Entra's tokens so the API
// verifier and the browser read both the same way (roles go into access tokens via extraTokenClaims).
import type { Account, KoaContextWithOIDC } from 'oidc-provider';
import { findAccount, getTenantId } from '../local-accounts';

/** Scope → claims in the ID token and userinfo; MSAL takes the account's name and username from these. */
export const OIDC_CLAIMS = { openid: ['sub'], profile: ['name', 'preferred_username', 'tid'] };

/** Scripts act as administrators: client credentials are configured by whoever configures the server. */
export const AUTOMATION_ROLES = ['CloudPKI.Admin'];

export async function findOidcAccount(_ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> {
  const account = await findAccount(sub);
  if (!account) return undefined;
  return {
    accountId: account.id,
    claims: () => ({ sub: account.id, name: account.displayName, preferred_username: account.userPrincipalName, tid: account.tenantId }),
  };
}

interface IssuedToken {
  kind: string;
  accountId?: string | undefined;
}

export async function extraTokenClaims(_ctx: KoaContextWithOIDC, token: IssuedToken): Promise<Record<string, unknown> | undefined> {
  if (token.kind === 'ClientCredentials') {
    // Entra app-only tokens: roles, no user claims, idtyp "app".
    return { roles: AUTOMATION_ROLES, idtyp: 'app', tid: await getTenantId() };
  }
  if (token.kind === 'AccessToken' && token.accountId) {
    // Read at every issue (also on refresh), so role changes and disabled accounts apply within a token lifetime.
    const account = await findAccount(token.accountId);
    if (!account) return undefined;
    return { roles: account.roles, name: account.displayName, preferred_username: account.userPrincipalName, tid: account.tenantId };
  }
  return undefined;
}
