'use client';
import { BrowserAuthError, InteractionRequiredAuthError, type AccountInfo, type IPublicClientApplication } from '@azure/msal-browser';
import { decodeJwt } from 'jose';
import type { AuthState } from './auth-context';

/** acquireTokenSilent (cache, then refresh token); when the session is gone, a full-page sign-in instead. */
export function createAccessTokenGetter(instance: IPublicClientApplication, account: AccountInfo, scopes: string[]) {
  return async (): Promise<string> => {
    try {
      return (await instance.acquireTokenSilent({ account, scopes })).accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        await instance.acquireTokenRedirect({ account, scopes }).catch((redirectError: unknown) => {
          // Several requests failing at once: the first one already navigates away.
          if (!(redirectError instanceof BrowserAuthError && redirectError.errorCode === 'interaction_in_progress')) throw redirectError;
        });
      }
      throw error;
    }
  };
}

function rolesOf(accessToken: string): string[] {
  const { roles } = decodeJwt(accessToken);
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

/** Who is signed in and how to call the API; the permissions join once getEffectivePermissions answers. */
export type SessionState = Omit<AuthState, 'permissions' | 'arePermissionsKnown' | 'hasPermission' | 'reloadPermissions'>;

export function createSessionState(
  instance: IPublicClientApplication,
  account: AccountInfo,
  accessToken: string,
  getAccessToken: () => Promise<string>,
): SessionState {
  return {
    account: { name: account.name ?? account.username, username: account.username },
    roles: rolesOf(accessToken),
    // Without id_token_hint MSAL sends no client_id and the provider cannot return to the portal.
    signOut: () => instance.logoutRedirect({ account, ...(account.idToken ? { idTokenHint: account.idToken } : {}) }),
    getAccessToken,
    graphBaseUrl: `${window.location.origin}/graph`,
  };
}
