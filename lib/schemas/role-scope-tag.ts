// Graph `roleScopeTag` create and update bodies, for the Scope tags blade, the route handlers and the tests.
import { z } from 'zod';

const ZName = z.string({ error: 'Enter a name' }).trim().min(1, 'Name is required').max(128, 'At most 128 characters');
const ZDescription = z.string().trim().max(1024, 'At most 1024 characters');

export const ZCreateRoleScopeTag = z.object({
  displayName: ZName,
  description: ZDescription.nullish().transform((value) => value || null),
});

export type TCreateRoleScopeTag = z.output<typeof ZCreateRoleScopeTag>;
export type TCreateRoleScopeTagInput = z.input<typeof ZCreateRoleScopeTag>;

export const ZUpdateRoleScopeTag = z.object({
  displayName: ZName.optional(),
  description: ZDescription.nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
});

export type TUpdateRoleScopeTag = z.output<typeof ZUpdateRoleScopeTag>;

const GROUP_TARGET = '#microsoft.graph.groupAssignmentTarget';

/** One `roleScopeTagAutoAssignment`: a group target (id is server-set and ignored on input). */
const ZRoleScopeTagAutoAssignment = z.object({
  target: z.object({
    // OData type names match without "#" and in any case.
    '@odata.type': z
      .string()
      .refine((type) => type.replace(/^#?/, '#').toLowerCase() === GROUP_TARGET.toLowerCase(), `A scope tag is assigned to groups: the target's @odata.type is ${GROUP_TARGET}`),
    groupId: z.guid('groupId must be the id (GUID) of an Entra group'),
  }),
});

/** `POST roleScopeTags/{id}/assign`: the tag's whole set of assigned groups, each group once. */
export const ZAssignRoleScopeTag = z.object({
  assignments: z
    .array(ZRoleScopeTagAutoAssignment)
    .max(1000, 'At most 1000 assignments')
    .refine((assignments) => new Set(assignments.map(({ target }) => target.groupId.toLowerCase())).size === assignments.length, 'Assign each group once'),
});

export type TAssignRoleScopeTag = z.output<typeof ZAssignRoleScopeTag>;
