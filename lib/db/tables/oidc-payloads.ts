// The embedded OpenID provider's state (sessions, grants, interactions, codes, refresh tokens), one row per
// oidc-provider model instance, so a restart or another instance sees it (docs/architecture.md › Scale-out).
import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestampTz } from './columns';

export const oidcPayloads = pgTable(
  'oidc_payloads',
  {
    id: text('id').notNull(),
    /** The oidc-provider model name (Session, Grant, RefreshToken, …): ids are unique only per model. */
    kind: text('kind').notNull(),
    /** The payload exactly as oidc-provider gave it; it owns the shape. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Copied out of the payload for the lookups oidc-provider makes: revokeByGrantId, findByUid, findByUserCode. */
    grantId: text('grant_id'),
    uid: text('uid'),
    userCode: text('user_code'),
    /** Null: no expiry given (oidc-provider then expects the row to stay until destroyed). */
    expiresDateTime: timestampTz('expires_date_time'),
    consumedDateTime: timestampTz('consumed_date_time'),
  },
  (t) => [
    primaryKey({ name: 'oidc_payloads_pk', columns: [t.kind, t.id] }),
    index('oidc_payloads_grant_id_idx').on(t.grantId),
    index('oidc_payloads_uid_idx').on(t.uid),
    index('oidc_payloads_user_code_idx').on(t.userCode),
  ],
);
