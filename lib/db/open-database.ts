// The process-wide database: opened once at server start, shared with every copy of lib/db (see database.ts).
import { createDatabase, IN_MEMORY, type OpenDatabaseOptions } from './create-database';
import { type Database, type DatabaseGlobal, getDatabaseGlobal, setDatabaseGlobal } from './database';

export { IN_MEMORY, type OpenDatabaseOptions };

/** Opens (migrations, DATA_DIR lock) and keeps the database; later calls with the same settings share it. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const key = options.databaseUrl ? `postgres:${options.databaseUrl}` : `pglite:${options.dataDir}`;
  const current = getDatabaseGlobal();
  if (current) {
    if (current.key !== key) throw new Error('The database is already open with other settings; close it first.');
    return (await current.opening).db;
  }

  const entry: DatabaseGlobal = { key, opening: createDatabase(options) };
  setDatabaseGlobal(entry);
  try {
    entry.handle = await entry.opening;
    return entry.handle.db;
  } catch (error) {
    // Forget the failed attempt so a retry opens afresh.
    if (getDatabaseGlobal() === entry) setDatabaseGlobal(undefined);
    throw error;
  }
}

/** Closes the process-wide database (graceful shutdown, tests) and releases the DATA_DIR lock. */
export async function closeDatabase(): Promise<void> {
  const current = getDatabaseGlobal();
  if (!current) return;
  setDatabaseGlobal(undefined);
  const handle = await current.opening.catch(() => undefined);
  await handle?.close();
}
