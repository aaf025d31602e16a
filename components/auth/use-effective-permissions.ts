'use client';
import * as React from 'react';
import { permissionsOfRoles } from '@/lib/auth/built-in-role-definitions';
import type { Permission } from '@/lib/auth/permissions';
import { permissionsOfRolePermissions, type GraphRolePermissionLike } from '@/lib/auth/permissions-of-role-permissions';
import { createGraphClient } from '@/lib/graph/create-graph-client';
import type { SessionState } from './create-auth-state';

export const GRAPH_EFFECTIVE_PERMISSIONS = '/beta/deviceManagement/getEffectivePermissions';

/**
 * The signed-in user's permissions from Graph getEffectivePermissions: their app roles, plus every role assignment
 * of a group they belong to (nested groups too), which the token cannot carry. Undefined until it answers.
 */
export function useEffectivePermissions(session: SessionState | undefined): { permissions: readonly Permission[] | undefined; reload: () => void } {
  const [permissions, setPermissions] = React.useState<readonly Permission[]>();
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    if (!session) return;
    let isCurrent = true;
    createGraphClient(session.graphBaseUrl, session.getAccessToken)
      .api(GRAPH_EFFECTIVE_PERMISSIONS)
      .get()
      .then(
        (body: { value: GraphRolePermissionLike[] }) => {
          if (isCurrent) setPermissions(permissionsOfRolePermissions(body.value));
        },
        () => {
          // The app roles in the token are what the server grants at the least; each request is checked there
          // anyway, and the next reload asks again.
          if (isCurrent) setPermissions(permissionsOfRoles(session.roles));
        },
      );
    return () => {
      isCurrent = false;
    };
  }, [session, generation]);

  const reload = React.useCallback(() => setGeneration((value) => value + 1), []);
  return { permissions, reload };
}
