// Graph `user` create and update bodies: one schema for the New user dialog (zodResolver), the route handlers and
// the tests.
import { z } from 'zod';

/** The portal's password policy for embedded sign-in accounts (NIST SP 800-63B §3.1.1.2 favours length over rules). */
export const MIN_PASSWORD_LENGTH = 12;
// scrypt hashes any length; the cap only stops a megabyte "password" from costing a request's worth of CPU.
const MAX_PASSWORD_LENGTH = 256;

export const ZPassword = z
  .string({ error: 'Enter a password' })
  .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `The password must be at most ${MAX_PASSWORD_LENGTH} characters`);

/**
 * Graph passwordProfile. forceChangePasswordNextSignIn is accepted so Graph scripts work unchanged, but not kept:
 * the embedded sign-in has no change-password page.
 */
export const ZPasswordProfile = z.object(
  {
    password: ZPassword,
    forceChangePasswordNextSignIn: z.boolean().optional(),
  },
  { error: 'A passwordProfile with a password is required' },
);

// Entra: alias@domain, alias of letters, digits and ' . - _ ! # ^ ~, not starting or ending with a dot; 113 at most.
const UPN = /^(?!\.)[A-Za-z0-9'.\-_!#^~]{1,64}(?<!\.)@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export const ZUserPrincipalName = z
  .string({ error: 'Enter a user principal name' })
  .trim()
  .max(113, 'At most 113 characters')
  .regex(UPN, 'Enter a user principal name such as adele.vance@contoso.local');

const ZDisplayName = z.string({ error: 'Enter a name' }).trim().min(1, 'Name is required').max(256, 'At most 256 characters');

/** Optional text on create: blank means absent. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((value) => value || undefined);

/** Optional text on update: null or blank clears it, as a Graph PATCH with null does. */
const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null));

// Blank means no mail, as an untouched form field sends it.
const ZMail = z.union([z.email('Enter an email address such as adele.vance@contoso.local'), z.literal('')]);

export const ZCreateUser = z.object({
  displayName: ZDisplayName,
  userPrincipalName: ZUserPrincipalName,
  mail: ZMail.nullish().transform((value) => value || undefined),
  givenName: optionalText(64),
  surname: optionalText(64),
  accountEnabled: z.boolean().default(true),
  passwordProfile: ZPasswordProfile,
});

export type TCreateUser = z.output<typeof ZCreateUser>;
export type TCreateUserInput = z.input<typeof ZCreateUser>;

/** PATCH: any subset; a passwordProfile sets a new password (how an administrator lets a seeded user sign in). */
export const ZUpdateUser = z.object({
  displayName: ZDisplayName.optional(),
  userPrincipalName: ZUserPrincipalName.optional(),
  mail: ZMail.nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
  givenName: clearableText(64),
  surname: clearableText(64),
  accountEnabled: z.boolean().optional(),
  passwordProfile: ZPasswordProfile.optional(),
});

export type TUpdateUser = z.output<typeof ZUpdateUser>;
