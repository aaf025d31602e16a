// The simulated device's own trust store: the CA certificates its trusted certificate profiles
// installed, one row per profile. A SCEP certificate is accepted only if it chains to a root in here; a profile
// that no longer reaches the device takes its certificate with it.
import { foreignKey, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, timestampTz } from './columns';
import { deviceConfigurations } from './device-configurations';
import { managedDevices } from './managed-devices';

export const deviceTrustedCertificates = pgTable(
  'device_trusted_certificates',
  {
    deviceId: uuid('device_id').notNull(),
    /** The trusted certificate profile that installed it. */
    configurationId: uuid('configuration_id').notNull(),
    certificateDer: bytea('certificate_der').notNull(),
    /** SHA-1 of the DER, upper-case hex, as Windows shows it. */
    thumbprint: text('thumbprint').notNull(),
    installedDateTime: timestampTz('installed_date_time').notNull().defaultNow(),
  },
  // Foreign keys named explicitly, as the other device tables do (PostgreSQL's 63-character identifiers).
  (t) => [
    foreignKey({ name: 'device_trusted_certificates_device_fk', columns: [t.deviceId], foreignColumns: [managedDevices.id] }).onDelete('cascade'),
    foreignKey({
      name: 'device_trusted_certificates_configuration_fk',
      columns: [t.configurationId],
      foreignColumns: [deviceConfigurations.id],
    }).onDelete('cascade'),
    primaryKey({ name: 'device_trusted_certificates_pk', columns: [t.deviceId, t.configurationId] }),
  ],
);
