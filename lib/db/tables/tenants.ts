// The install's tenant (one per install, "the demo tenant"); its id appears in SCEP URLs. It holds the tenant's
// Cloud PKI license, which decides whether CAs can be created and where their keys go.
import { pgTable, text } from 'drizzle-orm/pg-core';
import type { TCloudPkiLicenseType } from '@/lib/schemas/cloud-pki-license';
import { graphTimestamps, id, timestampTz } from './columns';

export const tenants = pgTable('tenants', {
  id: id(),
  displayName: text('display_name').notNull(),
  cloudPkiLicenseType: text('cloud_pki_license_type').$type<TCloudPkiLicenseType>().notNull().default('none'),
  /** A trial's end; null for every other license type. */
  trialEndDateTime: timestampTz('trial_end_date_time'),
  ...graphTimestamps(),
});
