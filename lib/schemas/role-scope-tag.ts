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
