// Intune-managed devices (Graph `managedDevice`): what SCEP profiles are delivered to and certificates issued for.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps, id, timestampTz } from './columns';
import { tenants } from './tenants';
import { users } from './users';

/** Graph managedDevice.operatingSystem values the portal manages. */
export type ManagedDeviceOperatingSystem = 'Windows' | 'iOS' | 'iPadOS' | 'macOS' | 'Android';
/**
 * The platform key device configuration profiles are written for (Graph `@odata.type` families of
 * deviceConfiguration: windows…, ios…, macOS…, androidDeviceOwner…, androidWorkProfile…, aosp…). Android needs the
 * management mode on top of the OS: a fully managed phone and a work profile take different profiles.
 */
export type DevicePlatform = 'windows' | 'ios' | 'macOS' | 'androidEnterprise' | 'androidWorkProfile' | 'aosp';
/** Graph managementState; the portal uses the first two. */
export type ManagementState = 'managed' | 'retirePending' | 'wipePending' | 'unhealthy';

export const managedDevices = pgTable(
  'managed_devices',
  {
    /** The Intune device id. */
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    deviceName: text('device_name').notNull(),
    operatingSystem: text('operating_system').$type<ManagedDeviceOperatingSystem>().notNull(),
    devicePlatform: text('device_platform').$type<DevicePlatform>().notNull(),
    osVersion: text('os_version').notNull(),
    serialNumber: text('serial_number').notNull(),
    imei: text('imei'),
    wifiMacAddress: text('wifi_mac_address'),
    /** The Entra device object id, distinct from the Intune id (Graph managedDevice.azureADDeviceId). */
    azureAdDeviceId: uuid('azure_ad_device_id').notNull(),
    /** Primary user; null for userless devices (kiosks, shared iPads, AOSP). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    userPrincipalName: text('user_principal_name'),
    lastSyncDateTime: timestampTz('last_sync_date_time').notNull().defaultNow(),
    enrolledDateTime: timestampTz('enrolled_date_time').notNull().defaultNow(),
    managementState: text('management_state').$type<ManagementState>().notNull().default('managed'),
    ...graphTimestamps(),
  },
  (t) => [
    uniqueIndex('managed_devices_tenant_aad_device_unique').on(t.tenantId, t.azureAdDeviceId),
    index('managed_devices_tenant_name_idx').on(t.tenantId, sql`lower(${t.deviceName})`),
    index('managed_devices_user_idx').on(t.userId),
  ],
);
