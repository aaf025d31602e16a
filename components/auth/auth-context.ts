'use client';
import * as React from 'react';
import type { Permission } from '@/lib/auth/permissions';

/** The signed-in user as the portal UI sees it; the server enforces the same roles on every API call. */
export interface AuthState {
  account: { name: string; username: string };
  /** App roles from the API access token (CloudPKI.Admin, …) — exactly what the API checks. */
  roles: string[];
  permissions: Permission[];
  hasPermission: (permission: Permission) => boolean;
  signOut: () => Promise<void>;
  /** An access token for the portal API, renewed silently; redirects to sign-in when that is impossible. */
  getAccessToken: () => Promise<string>;
  /** `${origin}/graph`: the portal's Graph-compatible API. */
  graphBaseUrl: string;
}

export const AuthContext = React.createContext<AuthState | undefined>(undefined);
