// Graph `deviceConfigurationDeviceStatus`: what each device last reported for a profile — written by
// the device check-in, read by the profile's Device status report and overview.
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestampTz } from './columns';
import { deviceConfigurations } from './device-configurations';
import { leafCertificates } from './leaf-certificates';
import { managedDevices } from './managed-devices';

/** The portal's "Device and user check-in status" states (D-PMON). */
export type DeviceConfigurationDeviceState = 'succeeded' | 'error' | 'pending' | 'notApplicable' | 'conflict';

export const deviceConfigurationDeviceStatuses = pgTable(
  'device_configuration_device_statuses',
  {
    configurationId: uuid('configuration_id').notNull(),
    deviceId: uuid('device_id').notNull(),
    status: text('status').$type<DeviceConfigurationDeviceState>().notNull(),
    errorDescription: text('error_description'),
    /** SCEP profiles: the certificate the device holds from this profile. */
    leafCertificateId: uuid('leaf_certificate_id'),
    lastReportedDateTime: timestampTz('last_reported_date_time').notNull().defaultNow(),
  },
  // Foreign keys named explicitly: generated names exceed PostgreSQL's 63-character identifiers.
  (t) => [
    foreignKey({
      name: 'device_configuration_device_statuses_configuration_fk',
      columns: [t.configurationId],
      foreignColumns: [deviceConfigurations.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'device_configuration_device_statuses_device_fk',
      columns: [t.deviceId],
      foreignColumns: [managedDevices.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'device_configuration_device_statuses_leaf_certificate_fk',
      columns: [t.leafCertificateId],
      foreignColumns: [leafCertificates.id],
    }).onDelete('set null'),
    primaryKey({ name: 'device_configuration_device_statuses_pk', columns: [t.configurationId, t.deviceId] }),
    index('device_configuration_device_statuses_device_idx').on(t.deviceId),
    check(
      'device_configuration_device_statuses_status_check',
      sql`${t.status} IN ('succeeded', 'error', 'pending', 'notApplicable', 'conflict')`,
    ),
  ],
);
