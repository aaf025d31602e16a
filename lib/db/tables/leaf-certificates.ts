// Certificates issued over SCEP: the DER plus indexed columns, so lists, search and CRLs never parse DER
// (docs/architecture.md › Data).
import { sql } from 'drizzle-orm';
import { index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
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
  (t) => [
    unique('leaf_certificates_ca_serial_unique').on(t.caId, t.serialNumber),
    index('leaf_certificates_ca_status_idx').on(t.caId, t.status),
    index('leaf_certificates_ca_validity_end_idx').on(t.caId, t.validityEndDateTime),
    index('leaf_certificates_ca_created_idx').on(t.caId, t.createdDateTime),
    index('leaf_certificates_thumbprint_idx').on(t.thumbprint),
    index('leaf_certificates_subject_idx').on(t.caId, sql`lower(${t.subjectName})`),
    index('leaf_certificates_device_idx').on(t.deviceId),
    index('leaf_certificates_upn_idx').on(sql`lower(${t.userPrincipalName})`),
  ],
);
