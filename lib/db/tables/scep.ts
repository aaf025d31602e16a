// SCEP state: one-time challenge passwords (hashed) and PKCSReq transactions for GetCertInitial (RFC 8894 §3.3.3).
import { index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { certificationAuthorities } from './certification-authorities';
import { graphTimestamps, id, timestampTz } from './columns';
import { leafCertificates } from './leaf-certificates';
import { tenants } from './tenants';

export const scepChallenges = pgTable(
  'scep_challenges',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    caId: uuid('ca_id')
      .notNull()
      .references(() => certificationAuthorities.id, { onDelete: 'cascade' }),
    /** SHA-256 of the challenge (hex): a database dump must not yield usable challenges. */
    challengeHash: text('challenge_hash').notNull().unique('scep_challenges_hash_unique'),
    expiresDateTime: timestampTz('expires_date_time').notNull(),
    consumedDateTime: timestampTz('consumed_date_time'),
    deviceId: uuid('device_id'),
    profileId: uuid('profile_id'),
    ...graphTimestamps(),
  },
  (t) => [index('scep_challenges_expires_idx').on(t.expiresDateTime)],
);

export type ScepTransactionStatus = 'pending' | 'success' | 'failure';

export const scepTransactions = pgTable(
  'scep_transactions',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    caId: uuid('ca_id')
      .notNull()
      .references(() => certificationAuthorities.id, { onDelete: 'cascade' }),
    /** The client's transactionID attribute (printable string). */
    transactionId: text('transaction_id').notNull(),
    status: text('status').$type<ScepTransactionStatus>().notNull(),
    /** RFC 8894 §3.2.1.4.5 failInfo name when status is failure. */
    failInfo: text('fail_info'),
    leafCertificateId: uuid('leaf_certificate_id').references(() => leafCertificates.id, { onDelete: 'set null' }),
    ...graphTimestamps(),
  },
  (t) => [unique('scep_transactions_ca_transaction_unique').on(t.caId, t.transactionId)],
);
