'use client';
import * as React from 'react';
import type { Permission } from '@/lib/auth/permissions';

/** The signed-in user as the portal UI sees it; the server enforces the same permissions on every API call. */
export interface AuthState {
  account: { name: string; username: string };
  /** App roles from the API access token (CloudPKI.Admin, …). */
  roles: string[];
  /**
   * What the user may do: Graph getEffectivePermissions, so custom roles and roles held through groups count.
   * Undefined until it answers.
   */
  permissions: readonly Permission[] | undefined;
  /** False while the effective permissions load: commands stay disabled and permission-gated blades wait. */
  arePermissionsKnown: boolean;
  /** False until the permissions are known, so no command shows enabled and then turns disabled. */
  hasPermission: (permission: Permission) => boolean;
  /** Reads the effective permissions again, e.g. after the user's role assignments changed. */
  reloadPermissions: () => void;
  signOut: () => Promise<void>;
  /** An access token for the portal API, renewed silently; redirects to sign-in when that is impossible. */
  getAccessToken: () => Promise<string>;
  /** `${origin}/graph`: the portal's Graph-compatible API. */
  graphBaseUrl: string;
}

export const AuthContext = React.createContext<AuthState | undefined>(undefined);
