// Private keys of the software KeyStore, sealed (AES-256-GCM under the key-encryption key) before they get here.
import { pgTable, text } from 'drizzle-orm/pg-core';
import { bytea, timestampTz } from './columns';

export const sealedKeys = pgTable('sealed_keys', {
  keyUri: text('key_uri').primaryKey(),
  sealed: bytea('sealed').notNull(),
  publicKeySpki: bytea('public_key_spki').notNull(),
  createdDateTime: timestampTz('created_date_time').notNull().defaultNow(),
  // Keys are write-once; the column exists because every entity carries both Graph timestamps.
  lastModifiedDateTime: timestampTz('last_modified_date_time').notNull().defaultNow(),
});
