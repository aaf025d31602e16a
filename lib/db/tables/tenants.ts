// The install's tenant (one per install, "the demo tenant"); its id appears in SCEP URLs.
import { pgTable, text } from 'drizzle-orm/pg-core';
import { graphTimestamps, id } from './columns';

export const tenants = pgTable('tenants', {
  id: id(),
  displayName: text('display_name').notNull(),
  ...graphTimestamps(),
});
