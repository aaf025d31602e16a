// Graph `deviceConfiguration` profiles of the two kinds Cloud PKI deploys with: trusted
// certificate and SCEP certificate, one Graph type per platform. Common properties are columns; the type's own
// Graph properties sit in `settings`; the links the deployment order runs on are columns with foreign keys.
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { certificationAuthorities } from './certification-authorities';
import { bytea, graphTimestamps, id } from './columns';
import { tenants } from './tenants';

export type DeviceConfigurationKind = 'trustedCertificate' | 'scep';
/** The platform keys of lib/deployment/platforms.ts. */
export type DeviceConfigurationPlatform = 'windows' | 'ios' | 'macOS' | 'androidEnterprise' | 'androidWorkProfile' | 'aosp';
/** The type-specific Graph properties, as validated by lib/schemas/device-configuration (JSON values only). */
export type DeviceConfigurationSettings = Record<string, unknown>;

export const deviceConfigurations = pgTable(
  'device_configurations',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** e.g. '#microsoft.graph.windows81SCEPCertificateProfile'. */
    odataType: text('odata_type').notNull(),
    platform: text('platform').$type<DeviceConfigurationPlatform>().notNull(),
    kind: text('kind').$type<DeviceConfigurationKind>().notNull(),
    displayName: text('display_name').notNull(),
    description: text('description'),
    /** Graph `version`: 1 on create, +1 on every update. */
    version: integer('version').notNull().default(1),
    roleScopeTagIds: text('role_scope_tag_ids').array().notNull().default(sql`'{}'::text[]`),
    settings: jsonb('settings').$type<DeviceConfigurationSettings>().notNull().default({}),
    // Trusted certificate profiles: the CA certificate and its SHA-1, which the deployment order matches CAs by.
    trustedCertificateDer: bytea('trusted_certificate_der'),
    certificateThumbprint: text('certificate_thumbprint'),
    /** SCEP profiles: the Root Certificate (Graph `rootCertificate`); a referenced trust profile cannot be deleted. */
    rootCertificateProfileId: uuid('root_certificate_profile_id'),
    /**
     * SCEP profiles: the issuing CA the SCEP URI resolves to. Deleting the CA leaves the profile pointing at
     * nothing (the deployment order then reports step 2) rather than blocking the CA's deletion flow.
     */
    issuingCaId: uuid('issuing_ca_id'),
    ...graphTimestamps(),
  },
  // Foreign keys named explicitly: generated names exceed PostgreSQL's 63-character identifiers.
  (t) => [
    foreignKey({
      name: 'device_configurations_issuing_ca_fk',
      columns: [t.issuingCaId],
      foreignColumns: [certificationAuthorities.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'device_configurations_root_certificate_fk',
      columns: [t.rootCertificateProfileId],
      foreignColumns: [t.id],
    }).onDelete('restrict'),
    check('device_configurations_kind_check', sql`${t.kind} IN ('trustedCertificate', 'scep')`),
    check(
      'device_configurations_trust_certificate_check',
      sql`${t.kind} <> 'trustedCertificate' OR (${t.trustedCertificateDer} IS NOT NULL AND ${t.certificateThumbprint} IS NOT NULL)`,
    ),
    check(
      'device_configurations_scep_links_check',
      sql`${t.kind} = 'scep' OR (${t.rootCertificateProfileId} IS NULL AND ${t.issuingCaId} IS NULL)`,
    ),
    index('device_configurations_tenant_created_idx').on(t.tenantId, t.createdDateTime),
    index('device_configurations_root_certificate_idx').on(t.rootCertificateProfileId),
    index('device_configurations_issuing_ca_idx').on(t.issuingCaId),
  ],
);
