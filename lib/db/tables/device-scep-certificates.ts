// What the simulated device holds per SCEP profile: its key pair and the certificate issued
// for it. The private key is the device's own — never in the CA KeyStore — sealed with AES-256-GCM
// (lib/keys/seal-private-key.ts) under a key derived for the simulator, and never returned by any API.
import { foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, timestampTz } from './columns';
import { deviceConfigurations } from './device-configurations';
import { leafCertificates } from './leaf-certificates';
import { managedDevices } from './managed-devices';

export const deviceScepCertificates = pgTable(
  'device_scep_certificates',
  {
    deviceId: uuid('device_id').notNull(),
    /** The SCEP profile the certificate was enrolled for. */
    configurationId: uuid('configuration_id').notNull(),
    /** The profile's Graph `version` at enrollment: a changed profile is enrolled again. */
    profileVersion: integer('profile_version').notNull(),
    /** e.g. 'RSA-2048'. */
    keyAlgorithm: text('key_algorithm').notNull(),
    /** PKCS#8 sealed by lib/keys/seal-private-key.ts; the additional data names the device and profile. */
    sealedPrivateKey: bytea('sealed_private_key').notNull(),
    certificateDer: bytea('certificate_der').notNull(),
    /** The CA certificates GetCACert returned at enrollment (certs-only PKCS#7): the intermediates of its chain. */
    caCertificatesPkcs7: bytea('ca_certificates_pkcs7').notNull(),
    /** The CA's record of the certificate; null once that CA (and with it the record) is deleted. */
    leafCertificateId: uuid('leaf_certificate_id'),
    enrolledDateTime: timestampTz('enrolled_date_time').notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'device_scep_certificates_device_fk', columns: [t.deviceId], foreignColumns: [managedDevices.id] }).onDelete('cascade'),
    foreignKey({
      name: 'device_scep_certificates_configuration_fk',
      columns: [t.configurationId],
      foreignColumns: [deviceConfigurations.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'device_scep_certificates_leaf_certificate_fk',
      columns: [t.leafCertificateId],
      foreignColumns: [leafCertificates.id],
    }).onDelete('set null'),
    primaryKey({ name: 'device_scep_certificates_pk', columns: [t.deviceId, t.configurationId] }),
  ],
);
