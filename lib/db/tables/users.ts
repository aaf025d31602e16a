// Accounts of the embedded sign-in. Roles are app-role names ('CloudPKI.Admin', 'CloudPKI.Reader', …).
import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps, id } from './columns';
import { tenants } from './tenants';

export const users = pgTable(
  'users',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    userPrincipalName: text('user_principal_name').notNull(),
    displayName: text('display_name').notNull(),
    mail: text('mail'),
    /** Graph givenName and surname: SCEP profiles put them in subjects ({{GivenName}}, {{SurName}}). */
    givenName: text('given_name'),
    surname: text('surname'),
    /** scrypt string; null for accounts that cannot sign in with a password. */
    passwordHash: text('password_hash'),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    accountEnabled: boolean('account_enabled').notNull().default(true),
    ...graphTimestamps(),
  },
  (t) => [
    // Entra treats UPNs case-insensitively; so does sign-in.
    uniqueIndex('users_tenant_upn_unique').on(t.tenantId, sql`lower(${t.userPrincipalName})`),
  ],
);
