// Graph `deviceAndAppManagementRoleDefinition` create and update bodies: one schema for the Roles › Create wizard,
// the route handlers and the tests. Permissions travel as Intune resource action ids in rolePermissions.
import { z } from 'zod';
import { permissionOfResourceAction } from '@/lib/auth/permissions';

const ZRoleName = z.string({ error: 'Enter a name' }).trim().min(1, 'Name is required').max(256, 'At most 256 characters');
const ZDescription = z.string().trim().max(1024, 'At most 1024 characters');
export const ZScopeTagIds = z.array(z.string().trim().regex(/^\d{1,10}$/, 'A scope tag id is a number, e.g. "0" for Default')).max(100, 'At most 100 scope tags');

const ZResourceActions = z.array(z.string().trim()).refine((actions) => actions.every((action) => permissionOfResourceAction(action)), {
  error: (issue) => `Unknown resource actions: ${(issue.input as string[]).filter((action) => !permissionOfResourceAction(action)).join(', ')}`,
});

// Graph rolePermission: resourceActions [{ allowedResourceActions, notAllowedResourceActions }]. Intune keeps no
// deny list for custom roles, so notAllowedResourceActions must be empty.
const ZRolePermissions = z
  .array(
    z.object({
      resourceActions: z
        .array(z.object({ allowedResourceActions: ZResourceActions, notAllowedResourceActions: z.array(z.string()).max(0, 'notAllowedResourceActions is not supported').optional() }))
        .min(1, 'Give resourceActions'),
    }),
  )
  .transform((permissions) => [...new Set(permissions.flatMap((permission) => permission.resourceActions.flatMap((action) => action.allowedResourceActions)))])
  .refine((actions) => actions.length > 0, 'Select at least one permission');

export const ZCreateRoleDefinition = z.object({
  displayName: ZRoleName,
  description: ZDescription.nullish().transform((value) => value || null),
  rolePermissions: ZRolePermissions,
  roleScopeTagIds: ZScopeTagIds.default([]),
  isBuiltIn: z.literal(false, 'Only custom roles can be created').optional(),
});

export type TCreateRoleDefinition = z.output<typeof ZCreateRoleDefinition>;
export type TCreateRoleDefinitionInput = z.input<typeof ZCreateRoleDefinition>;

export const ZUpdateRoleDefinition = z.object({
  displayName: ZRoleName.optional(),
  description: ZDescription.nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
  rolePermissions: ZRolePermissions.optional(),
  roleScopeTagIds: ZScopeTagIds.optional(),
});

export type TUpdateRoleDefinition = z.output<typeof ZUpdateRoleDefinition>;
