'use client';
import * as React from 'react';
import { PublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import type { ClientAuthConfig } from '@/lib/auth/client-auth-config';
import { createMsalConfiguration } from '@/lib/auth/msal-configuration';
import { SignInGate } from './sign-in-gate';
import { SignInStatus } from './sign-in-status';

/**
 * Signs the user in with MSAL (Entra ID or the embedded provider) and renders children only when signed in.
 * Not for /auth/redirect, which must stay outside MsalProvider.
 */
export function AuthProvider({ config, children }: { config: ClientAuthConfig; children: React.ReactNode }) {
  const [instance, setInstance] = React.useState<PublicClientApplication>();
  const configKey = JSON.stringify(config);

  React.useEffect(() => {
    // After mount, not during render: the server has no window, and the first client render must match its
    // HTML (hydration error #418). MsalProvider then runs initialize() and handleRedirectPromise().
    setInstance(new PublicClientApplication(createMsalConfiguration(JSON.parse(configKey) as ClientAuthConfig, window.location.origin)));
  }, [configKey]);

  if (!instance) return <SignInStatus />;
  return (
    <MsalProvider instance={instance}>
      <SignInGate scopes={config.scopes}>{children}</SignInGate>
    </MsalProvider>
  );
}
