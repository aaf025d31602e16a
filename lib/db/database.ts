// The Database type both drivers satisfy, and the process-wide handle on globalThis.
// Why globalThis: server.ts (under tsx) opens the database, and Next's route handlers are bundled by Turbopack
// with their own copy of lib/db — a module-level variable would give them a second, unopened database.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseDriver = 'pglite' | 'postgres';

/** DATA_DIR value for an in-memory PGlite (tests, e2e): nothing on disk, no lock. */
export const IN_MEMORY = 'memory://';

export interface DatabaseHandle {
  readonly db: Database;
  readonly driver: DatabaseDriver;
  /** Closes the PGlite instance or pg pool and releases the DATA_DIR lock. */
  close(): Promise<void>;
}

export interface DatabaseGlobal {
  /** Identifies the configuration, so a second open with other settings is refused rather than ignored. */
  key: string;
  opening: Promise<DatabaseHandle>;
  handle?: DatabaseHandle;
}

const GLOBAL_KEY = '__cloudPkiDatabase';
type GlobalWithDatabase = typeof globalThis & { [GLOBAL_KEY]?: DatabaseGlobal };

export function getDatabaseGlobal(): DatabaseGlobal | undefined {
  return (globalThis as GlobalWithDatabase)[GLOBAL_KEY];
}

export function setDatabaseGlobal(value: DatabaseGlobal | undefined): void {
  (globalThis as GlobalWithDatabase)[GLOBAL_KEY] = value;
}

/** The opened database of this process; throws if server start (openDatabase) has not finished. */
export function getDatabase(): Database {
  const handle = getDatabaseGlobal()?.handle;
  if (!handle) throw new Error('The database is not open: server.ts opens it at start with openDatabase().');
  return handle.db;
}

/** Like getDatabase, but waits for an open that is still in progress (migrations can take a moment). */
export async function whenDatabaseReady(): Promise<Database> {
  const current = getDatabaseGlobal();
  if (!current) throw new Error('The database is not open: server.ts opens it at start with openDatabase().');
  return (await current.opening).db;
}
