'use client';
import * as React from 'react';
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { SignInStatus } from './sign-in-status';

/**
 * MSAL v5's redirect URI: hands the authorization response to the window that started the sign-in
 * (popup/silent: BroadcastChannel; redirect: back to the page the user was on).
 */
export function RedirectBridge() {
  React.useEffect(() => {
    broadcastResponseToMainFrame().catch(() => {
      // Opened without a response (bookmark, reload): nothing to hand over, go to the portal.
      window.location.replace('/');
    });
  }, []);
  return <SignInStatus />;
}
