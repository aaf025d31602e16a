// A verified token's principal plus what the role assignments of the user's groups grant: the permissions every
// Graph route checks and the scope tags they hold over. Groups are the token's `groups` claim (Entra) and the
// user's transitive groups in the directory (the embedded provider's users).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import { grantsOf, permissionsOfGrants, type RoleGrant } from '@/lib/auth/permission-grants';
import type { Permission } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/database';
import { listTransitiveGroupIdsOfMember } from '@/lib/db/repositories/groups';
import { listRoleAssignmentsOfGroups } from '@/lib/db/repositories/role-assignments';
import { listRoleDefinitionsByIds } from '@/lib/db/repositories/role-definitions';
import { isGuid } from '@/lib/services/directory/directory-errors';
import { DEFAULT_SCOPE_TAG_ID } from '@/lib/auth/default-scope-tag';
import { permissionsOfRoleDefinition } from './role-definition-permissions';

export async function withRoleAssignments(db: Database, principal: Principal): Promise<Principal> {
  // Role assignments name groups of people; a script's grants are its app roles.
  if (principal.isApplication) return principal;
  const directoryGroupIds = isGuid(principal.id) ? await listTransitiveGroupIdsOfMember(db, principal.id) : [];
  const groupIds = [...new Set([...principal.groupIds.filter(isGuid), ...directoryGroupIds])];
  const assignments = await listRoleAssignmentsOfGroups(db, principal.tenantId, groupIds);
  if (assignments.length === 0) return principal;

  const definitionIds = [...new Set(assignments.map((assignment) => assignment.roleDefinitionId))];
  const customRows = new Map((await listRoleDefinitionsByIds(db, principal.tenantId, definitionIds)).map((row) => [row.id, row]));
  const fromToken: RoleGrant[] = Object.entries(principal.grants).map(([permission, scope]) => ({ permissions: [permission as Permission], scope }));
  const fromAssignments: RoleGrant[] = assignments.map((assignment) => ({
    permissions: permissionsOfRoleDefinition(assignment.roleDefinitionId, customRows),
    // An assignment saved without scope tags holds over the Default tag, as in Intune.
    scope: assignment.roleScopeTagIds.length > 0 ? assignment.roleScopeTagIds : [DEFAULT_SCOPE_TAG_ID],
  }));
  const grants = grantsOf([...fromToken, ...fromAssignments]);
  return { ...principal, grants, permissions: permissionsOfGrants(grants) };
}
