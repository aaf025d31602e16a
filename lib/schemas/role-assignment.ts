// Graph `deviceAndAppManagementRoleAssignment` create and update bodies: a role for the members of some groups,
// over the objects carrying one of its scope tags. The role is bound as Graph binds navigation properties:
// "roleDefinition@odata.bind": ".../deviceManagement/roleDefinitions/{id}".
import { z } from 'zod';
import { ZScopeTagIds } from './role-definition';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE_DEFINITION_URL = /(?:^|\/)roleDefinitions(?:\/|\(')([0-9a-f-]{36})'?\)?\/?$/i;

const ZName = z.string({ error: 'Enter a name' }).trim().min(1, 'Name is required').max(256, 'At most 256 characters');
const ZDescription = z.string().trim().max(1024, 'At most 1024 characters');
const ZMembers = z
  .array(z.string().trim().regex(GUID, 'A member is a group id (GUID)'))
  .max(100, 'At most 100 groups')
  .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);

export const ZCreateRoleAssignment = z
  .object({
    displayName: ZName,
    description: ZDescription.nullish().transform((value) => value || null),
    members: ZMembers.default([]),
    roleScopeTagIds: ZScopeTagIds.default([]),
    'roleDefinition@odata.bind': z.string({ error: 'Bind the role: "roleDefinition@odata.bind": ".../roleDefinitions/{id}"' }),
  })
  .transform(({ 'roleDefinition@odata.bind': bind, ...assignment }, context) => {
    const roleDefinitionId = ROLE_DEFINITION_URL.exec(bind.trim())?.[1]?.toLowerCase();
    if (!roleDefinitionId || !GUID.test(roleDefinitionId)) {
      context.addIssue({ code: 'custom', path: ['roleDefinition@odata.bind'], message: `'${bind}' names no role definition: expected a URL ending in roleDefinitions/{id}` });
      return z.NEVER;
    }
    return { ...assignment, roleDefinitionId };
  });

export type TCreateRoleAssignment = z.output<typeof ZCreateRoleAssignment>;

export const ZUpdateRoleAssignment = z.object({
  displayName: ZName.optional(),
  description: ZDescription.nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
  members: ZMembers.optional(),
  roleScopeTagIds: ZScopeTagIds.optional(),
});

export type TUpdateRoleAssignment = z.output<typeof ZUpdateRoleAssignment>;
