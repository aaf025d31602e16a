// Opens one database (PGlite in DATA_DIR, in memory, or a PostgreSQL pool) and applies drizzle/ migrations.
// Touches no global state: tests open as many as they like; openDatabase() keeps the process-wide one.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock';
import { type Database, type DatabaseHandle, IN_MEMORY } from './database';
import * as schema from './schema';

export { IN_MEMORY };

export interface OpenDatabaseOptions {
  /** DATA_DIR; PGlite lives in `<dataDir>/pglite`. `memory://` keeps it in memory (tests, e2e) without a lock. */
  dataDir: string;
  /** A postgres:// URL selects PostgreSQL; dataDir is then not used for the database. */
  databaseUrl?: string;
  /** Defaults to `<cwd>/drizzle`: the app always runs from the project root. */
  migrationsFolder?: string;
  /** pg pool size (PostgreSQL only). */
  maxConnections?: number;
}

// Any fixed 64-bit number: serialises migrations when several instances start against one PostgreSQL.
const MIGRATION_LOCK_ID = 7_274_657_301_911;

export async function createDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const migrationsFolder = options.migrationsFolder ?? resolve(process.cwd(), 'drizzle');
  return options.databaseUrl
    ? createPostgresDatabase(options.databaseUrl, migrationsFolder, options.maxConnections ?? 10)
    : createPgliteDatabase(options.dataDir, migrationsFolder);
}

async function createPgliteDatabase(dataDir: string, migrationsFolder: string): Promise<DatabaseHandle> {
  if (dataDir === IN_MEMORY) {
    const client = new PGlite();
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    return { db: db as Database, driver: 'pglite', close: () => client.close() };
  }

  const folder = resolve(dataDir);
  mkdirSync(join(folder, 'pglite'), { recursive: true }); // PGlite does not create parents
  const lock = await acquireDataDirLock(folder);
  const releaseOnExit = () => lock.release();
  process.once('exit', releaseOnExit);
  try {
    const client = new PGlite(join(folder, 'pglite'));
    await client.waitReady;
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as Database,
      driver: 'pglite',
      close: async () => {
        try {
          await client.close();
        } finally {
          process.removeListener('exit', releaseOnExit);
          lock.release();
        }
      },
    };
  } catch (error) {
    process.removeListener('exit', releaseOnExit);
    lock.release();
    throw error;
  }
}

async function createPostgresDatabase(url: string, migrationsFolder: string, max: number): Promise<DatabaseHandle> {
  // Migrate on one dedicated connection holding a session advisory lock, so concurrent starts take turns.
  const migrator = new pg.Client({ connectionString: url });
  try {
    await migrator.connect();
  } catch (error) {
    // Name the server, never the password the URL may carry.
    const { hostname, port, pathname } = new URL(url);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to the PostgreSQL server of DATABASE_URL (${hostname}:${port || 5432}${pathname}): ${reason}`, {
      cause: error,
    });
  }
  try {
    await migrator.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migrateNodePg(drizzleNodePg({ client: migrator, schema }), { migrationsFolder });
  } finally {
    await migrator.end(); // ending the session releases the advisory lock
  }

  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection emits 'error' on the pool; unhandled, that would crash the process.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  const db = drizzleNodePg({ client: pool, schema });
  return { db: db as Database, driver: 'postgres', close: () => pool.end() };
}
