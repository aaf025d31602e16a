// Graph `cloudCertificationAuthority` plus what the portal needs to run it: key URIs, the SCEP RA,
// and the CRL it publishes.
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, graphTimestamps, id, timestampTz } from './columns';
import { tenants } from './tenants';

/** Most CAs a tenant may hold (root + issuing + BYOCA together). */
export const MAX_CERTIFICATION_AUTHORITIES_PER_TENANT = 6;

export type CertificationAuthorityType =
  | 'rootCertificationAuthority'
  | 'issuingCertificationAuthority'
  | 'issuingCertificationAuthorityWithExternalRoot';
export type CertificationAuthorityStatus = 'active' | 'paused' | 'revoked' | 'signingPending' | 'expired';
export type StoredExtendedKeyUsage = { name: string; objectIdentifier: string };
export type StoredTrustChainCertificate = { displayName: string; certificate: string };

export const certificationAuthorities = pgTable(
  'certification_authorities',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** 1..6, unique per tenant: the database itself refuses a seventh CA, even when two creates race. */
    slot: smallint('slot').notNull(),
    displayName: text('display_name').notNull(),
    description: text('description'),
    caType: text('ca_type').$type<CertificationAuthorityType>().notNull(),
    status: text('status').$type<CertificationAuthorityStatus>().notNull(),
    /** The parent CA of an Intune-anchored issuing CA; a parent with children cannot be deleted. */
    issuerId: uuid('issuer_id'),
    validityPeriodInYears: integer('validity_period_in_years').notNull(),
    certificateKeySize: text('certificate_key_size').notNull(),
    hashingAlgorithm: text('hashing_algorithm').notNull(),
    commonName: text('common_name').notNull(),
    organizationName: text('organization_name'),
    organizationUnit: text('organization_unit'),
    localityName: text('locality_name'),
    stateName: text('state_name'),
    countryName: text('country_name'),
    subjectName: text('subject_name').notNull(),
    extendedKeyUsages: jsonb('extended_key_usages').$type<StoredExtendedKeyUsage[]>().notNull().default([]),
    roleScopeTagIds: text('role_scope_tag_ids').array().notNull().default(sql`'{}'::text[]`),
    keyUri: text('key_uri').notNull(),
    keyPlatform: text('key_platform').$type<'software' | 'hardwareSecurityModule'>().notNull(),
    // The CA certificate and its indexed columns. Null only while a BYOCA waits for its externally signed
    // certificate (status signingPending).
    certificateDer: bytea('certificate_der'),
    /** Serial number, hex as in the certificate. */
    serialNumber: text('serial_number'),
    /** SHA-1 of the DER, hex (Graph `thumbprint`). */
    thumbprint: text('thumbprint'),
    validityStartDateTime: timestampTz('validity_start_date_time'),
    validityEndDateTime: timestampTz('validity_end_date_time'),
    // Bring-your-own-root: the CSR handed out, the chain uploaded with the signed certificate, and
    // the external signer's names. Null otherwise: for Intune-anchored CAs they derive from issuer_id.
    certificateSigningRequestDer: bytea('certificate_signing_request_der'),
    trustChainCertificates: jsonb('trust_chain_certificates').$type<StoredTrustChainCertificate[]>(),
    issuerCommonName: text('issuer_common_name'),
    rootCertificateCommonName: text('root_certificate_common_name'),
    versionNumber: integer('version_number').notNull().default(1),
    // SCEP registration authority (issuing CAs): decrypts the clients' envelopes and signs the replies.
    raKeyUri: text('ra_key_uri'),
    raCertificateDer: bytea('ra_certificate_der'),
    // The CRL currently published; crl_number is the number inside crl_der (0 = none yet).
    crlNumber: bigint('crl_number', { mode: 'number' }).notNull().default(0),
    crlDer: bytea('crl_der'),
    crlThisUpdate: timestampTz('crl_this_update'),
    crlNextUpdate: timestampTz('crl_next_update'),
    revocationDateTime: timestampTz('revocation_date_time'),
    // The delegated OCSP signer (RFC 6960 §4.2.2.2): made on the first OCSP request, its short-lived certificate
    // re-issued by this CA before it expires (lib/services/ocsp).
    ocspSignerKeyUri: text('ocsp_signer_key_uri'),
    ocspSignerCertificateDer: bytea('ocsp_signer_certificate_der'),
    ...graphTimestamps(),
  },
  (t) => [
    // Named explicitly: the generated name is longer than PostgreSQL's 63-character identifiers.
    foreignKey({ name: 'certification_authorities_issuer_fk', columns: [t.issuerId], foreignColumns: [t.id] }).onDelete(
      'restrict',
    ),
    // 6 = MAX_CERTIFICATION_AUTHORITIES_PER_TENANT; changing it needs a migration of this constraint too.
    check('certification_authorities_slot_range', sql`${t.slot} BETWEEN 1 AND 6`),
    unique('certification_authorities_tenant_slot_unique').on(t.tenantId, t.slot),
    index('certification_authorities_tenant_created_idx').on(t.tenantId, t.createdDateTime),
    index('certification_authorities_issuer_idx').on(t.issuerId),
  ],
);
