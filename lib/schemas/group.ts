// Graph `group` create and update bodies and the `members/$ref` body: one schema for the dialogs, the route handlers
// and the tests. Only security groups exist here (no Microsoft 365 groups, no mail).
import { z } from 'zod';

const ZGroupName = z.string({ error: 'Enter a name' }).trim().min(1, 'Group name is required').max(256, 'At most 256 characters');

// Graph mailNickname: at most 64 ASCII characters, none of @ ( ) \ [ ] " ; : < > , and no spaces.
const MAIL_NICKNAME = /^[\x21-\x7e]{1,64}$/;
const MAIL_NICKNAME_FORBIDDEN = /[@()\\[\]";:<>,]/;

export const ZMailNickname = z
  .string()
  .trim()
  .regex(MAIL_NICKNAME, 'Use 1 to 64 ASCII characters without spaces')
  .refine((value) => !MAIL_NICKNAME_FORBIDDEN.test(value), 'The mail nickname cannot contain @ ( ) \\ [ ] " ; : < > ,');

const ZDescription = z.string().trim().max(1024, 'At most 1024 characters');

export const ZCreateGroup = z
  .object({
    displayName: ZGroupName,
    description: ZDescription.nullish().transform((value) => value || undefined),
    mailNickname: ZMailNickname.optional(),
    // Graph requires these two for a security group; accepted so Graph scripts work, and checked.
    mailEnabled: z.boolean().optional(),
    securityEnabled: z.boolean().optional(),
    groupTypes: z.array(z.string()).optional(),
  })
  .refine((group) => group.mailEnabled !== true && group.securityEnabled !== false && !group.groupTypes?.length, {
    message: 'Only security groups are supported: mailEnabled false, securityEnabled true, no groupTypes',
  });

export type TCreateGroup = z.output<typeof ZCreateGroup>;
export type TCreateGroupInput = z.input<typeof ZCreateGroup>;

export const ZUpdateGroup = z.object({
  displayName: ZGroupName.optional(),
  description: ZDescription.nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
  mailNickname: ZMailNickname.optional(),
});

export type TUpdateGroup = z.output<typeof ZUpdateGroup>;

/** A name's mail nickname, as the Entra portal derives one: the allowed characters of the name, or "group". */
export function mailNicknameOf(displayName: string): string {
  const nickname = displayName.replace(/[^\x21-\x7e]|[@()\\[\]";:<>,]/g, '').slice(0, 64);
  return nickname || 'group';
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const DIRECTORY_OBJECT_URL = new RegExp(`(?:^|/)directoryObjects/(${GUID})/?$`, 'i');

/**
 * The object id in a `members/$ref` body's @odata.id: any URL (or path) ending in directoryObjects/{id}, e.g.
 * https://graph.microsoft.com/v1.0/directoryObjects/{id}. Undefined when it names no directory object.
 */
export function parseDirectoryObjectId(odataId: string): string | undefined {
  return DIRECTORY_OBJECT_URL.exec(odataId.trim())?.[1]?.toLowerCase();
}

export const ZDirectoryObjectReference = z
  .object({ '@odata.id': z.string({ error: 'Give the member as {"@odata.id": ".../directoryObjects/{id}"}' }) })
  .transform((body, context) => {
    const id = parseDirectoryObjectId(body['@odata.id']);
    if (!id) {
      context.addIssue({
        code: 'custom',
        path: ['@odata.id'],
        message: `Invalid object identifier '${body['@odata.id']}': expected a URL ending in directoryObjects/{id}`,
      });
      return z.NEVER;
    }
    return { id };
  });
