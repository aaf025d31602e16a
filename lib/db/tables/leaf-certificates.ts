// Certificates issued over SCEP: the DER plus indexed columns, so lists, search and CRLs never parse DER
// (docs/architecture.md › Data).
import { sql } from 'drizzle-orm';
import { bigint, date, index, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { certificationAuthorities } from './certification-authorities';
import { bytea, graphTimestamps, id, timestampTz } from './columns';
import { tenants } from './tenants';

export type LeafCertificateStatus = 'active' | 'revoked' | 'expired';

export const leafCertificates = pgTable(
  'leaf_certificates',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    // Deleting a (revoked) CA removes what it issued, as in Intune.
    caId: uuid('ca_id')
      .notNull()
      .references(() => certificationAuthorities.id, { onDelete: 'cascade' }),
    /** Hex, as in the certificate; unique per CA (docs/architecture.md › Data: by index, not by luck). */
    serialNumber: text('serial_number').notNull(),
    thumbprint: text('thumbprint').notNull(),
    subjectName: text('subject_name').notNull(),
    issuerName: text('issuer_name').notNull(),
    sanSummary: text('san_summary'),
    certificateDer: bytea('certificate_der').notNull(),
    keyUsages: text('key_usages').array().notNull().default(sql`'{}'::text[]`),
    extendedKeyUsages: text('extended_key_usages').array().notNull().default(sql`'{}'::text[]`),
    validityStartDateTime: timestampTz('validity_start_date_time').notNull(),
    validityEndDateTime: timestampTz('validity_end_date_time').notNull(),
    status: text('status').$type<LeafCertificateStatus>().notNull().default('active'),
    revocationDateTime: timestampTz('revocation_date_time'),
    /** RFC 5280 §5.3.1 reason name (Intune records none; we may). */
    revocationReason: text('revocation_reason'),
    deviceId: uuid('device_id'),
    deviceName: text('device_name'),
    devicePlatform: text('device_platform'),
    userId: uuid('user_id'),
    userPrincipalName: text('user_principal_name'),
    profileId: uuid('profile_id'),
    ...graphTimestamps(),
  },
  // Every list order has an index ending in id, the keyset tie-breaker, so a page is a range scan however deep it
  // is (docs/architecture.md › Data). Text searches are prefix matches: text_pattern_ops lets LIKE 'x%' use the
  // index under any collation.
  (t) => [
    unique('leaf_certificates_ca_serial_unique').on(t.caId, t.serialNumber),
    index('leaf_certificates_ca_status_start_idx').on(t.caId, t.status, t.validityStartDateTime, t.id),
    index('leaf_certificates_ca_validity_start_idx').on(t.caId, t.validityStartDateTime, t.id),
    index('leaf_certificates_ca_validity_end_idx').on(t.caId, t.validityEndDateTime, t.id),
    index('leaf_certificates_ca_created_idx').on(t.caId, t.createdDateTime, t.id),
    index('leaf_certificates_ca_serial_prefix_idx').on(t.caId, sql`${t.serialNumber} text_pattern_ops`),
    index('leaf_certificates_ca_thumbprint_prefix_idx').on(t.caId, sql`${t.thumbprint} text_pattern_ops`),
    index('leaf_certificates_thumbprint_idx').on(t.thumbprint),
    index('leaf_certificates_subject_idx').on(t.caId, sql`lower(${t.subjectName}) text_pattern_ops`),
    index('leaf_certificates_ca_device_name_idx').on(t.caId, sql`lower(${t.deviceName}) text_pattern_ops`),
    index('leaf_certificates_device_idx').on(t.deviceId),
    index('leaf_certificates_upn_idx').on(sql`lower(${t.userPrincipalName}) text_pattern_ops`),
  ],
);

/**
 * How many leaves each CA has per stored status and UTC day of notAfter, kept by statement triggers on
 * leaf_certificates (drizzle/0008_leaf_certificate_list.sql), so $count over a million certificates reads a few
 * hundred rows; the day lets a count split 'active' from 'expired' at any instant (leaf-certificate-counts.ts).
 */
export const leafCertificateCounts = pgTable(
  'leaf_certificate_counts',
  {
    caId: uuid('ca_id')
      .notNull()
      .references(() => certificationAuthorities.id, { onDelete: 'cascade' }),
    status: text('status').$type<LeafCertificateStatus>().notNull(),
    validityEndDay: date('validity_end_day', { mode: 'string' }).notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caId, t.status, t.validityEndDay] })],
);
