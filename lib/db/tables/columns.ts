// Column helpers shared by every table: Graph-style GUID ids, the two Graph timestamps, and bytea.
import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Millisecond precision, so a value read into a JS Date compares equal when written back (If-Match, leases). */
export const timestampTz = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

export const id = () => uuid('id').primaryKey().defaultRandom();

export const graphTimestamps = () => ({
  createdDateTime: timestampTz('created_date_time').notNull().defaultNow(),
  lastModifiedDateTime: timestampTz('last_modified_date_time')
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

/**
 * bytea as a fresh Uint8Array: node-postgres hands back pooled Buffers and PGlite views into WASM memory,
 * and callers pass `.buffer` to WebCrypto, so every value is copied into its own exact-length ArrayBuffer.
 * Typed `Uint8Array<ArrayBuffer>` so rows go straight into WebCrypto/x509 (`BufferSource`); to write a Node
 * Buffer, wrap it: `new Uint8Array(buffer)`.
 */
export const bytea = customType<{ data: Uint8Array<ArrayBuffer>; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => new Uint8Array(value),
});
