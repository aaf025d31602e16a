import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes the SQL migrations that lib/db/open-database.ts applies at start.
export default defineConfig({ dialect: 'postgresql', schema: './lib/db/schema.ts', out: './drizzle' });
