'use client';
import * as React from 'react';
import { InteractionStatus } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { AuthContext, type AuthState } from './auth-context';
import { createAccessTokenGetter, createSessionState, type SessionState } from './create-auth-state';
import { SignInStatus } from './sign-in-status';
import { useEffectivePermissions } from './use-effective-permissions';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Below MsalProvider: once MSAL has processed a returning redirect (inProgress 'none'), either starts the
 * sign-in redirect or gets a first access token, then renders the portal at once; the user's effective
 * permissions arrive a moment later, and until then every permission-gated command stays disabled.
 */
export function SignInGate({ scopes, children }: { scopes: string[]; children: React.ReactNode }) {
  const { instance, inProgress, accounts } = useMsal();
  const account = accounts[0];
  const isIdle = inProgress === InteractionStatus.None;
  const scopeList = scopes.join(' ');
  const [session, setSession] = React.useState<SessionState>();
  const [failure, setFailure] = React.useState<string>();
  const { permissions, reload: reloadPermissions } = useEffectivePermissions(session);

  const signIn = React.useCallback(() => {
    setFailure(undefined);
    instance.loginRedirect({ scopes: scopeList.split(' ') }).catch((error: unknown) => setFailure(messageOf(error)));
  }, [instance, scopeList]);

  React.useEffect(() => {
    if (!isIdle) return;
    if (!account) {
      signIn();
      return;
    }
    instance.setActiveAccount(account);
    const getAccessToken = createAccessTokenGetter(instance, account, scopeList.split(' '));
    let isCurrent = true;
    getAccessToken().then(
      (accessToken) => {
        if (isCurrent) setSession(createSessionState(instance, account, accessToken, getAccessToken));
      },
      (error: unknown) => {
        if (isCurrent) setFailure(messageOf(error));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [instance, isIdle, account, scopeList, signIn]);

  const state = React.useMemo<AuthState | undefined>(
    () =>
      session && {
        ...session,
        permissions,
        arePermissionsKnown: permissions !== undefined,
        hasPermission: (permission) => permissions?.includes(permission) ?? false,
        reloadPermissions,
      },
    [session, permissions, reloadPermissions],
  );

  if (!state) return <SignInStatus failure={failure} onRetry={signIn} />;
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}
