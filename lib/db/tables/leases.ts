// Database leases for periodic jobs, so exactly one instance runs each (docs/architecture.md › Scale-out).
import { pgTable, text } from 'drizzle-orm/pg-core';
import { graphTimestamps, timestampTz } from './columns';

export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresDateTime: timestampTz('expires_date_time').notNull(),
  ...graphTimestamps(),
});
