// The process-wide database on a real DATA_DIR: one PGlite instance shared through globalThis, the lock
// held while open, data kept across a reopen.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database';
import { LOCK_FILE_NAME } from './data-dir-lock';
import { getDatabase, whenDatabaseReady } from './database';
import { closeDatabase, openDatabase } from './open-database';
import { getTenant, insertTenant } from './repositories/tenants';

describe('openDatabase (PGlite in DATA_DIR)', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'cloud-pki-db-')), 'nested', 'data'); // parents created
  afterAll(async () => {
    await closeDatabase();
    rmSync(join(dataDir, '..', '..'), { recursive: true, force: true });
  });

  it('opens once per process, shares the instance, locks DATA_DIR and keeps data across a reopen', async () => {
    expect(() => getDatabase()).toThrow(/not open/);
    const [db, again] = await Promise.all([openDatabase({ dataDir }), openDatabase({ dataDir })]);
    expect(again).toBe(db);
    expect(getDatabase()).toBe(db);
    expect(await whenDatabaseReady()).toBe(db);
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);
    await expect(openDatabase({ dataDir: join(dataDir, 'other') })).rejects.toThrow(/other settings/);
    await expect(createDatabase({ dataDir })).rejects.toThrow(/already open in this process/);

    const tenant = await insertTenant(db, { displayName: 'Kept' });
    await closeDatabase();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    expect(() => getDatabase()).toThrow(/not open/);

    const reopened = await openDatabase({ dataDir });
    expect((await getTenant(reopened))?.id).toBe(tenant.id);
    await closeDatabase();
  });

  it('stops with a clear message when another process holds DATA_DIR, and can be retried', async () => {
    writeFileSync(join(dataDir, LOCK_FILE_NAME), `${process.ppid}\n`);
    await expect(openDatabase({ dataDir })).rejects.toThrow(`Another portal process (pid ${process.ppid}) is using DATA_DIR`);
    expect(() => getDatabase()).toThrow(/not open/);
    rmSync(join(dataDir, LOCK_FILE_NAME));
    await openDatabase({ dataDir });
    await closeDatabase();
  });

  it('names the server of an unreachable DATABASE_URL, never its password', async () => {
    const opening = openDatabase({ dataDir, databaseUrl: 'postgres://portal:s3cret@127.0.0.1:1/portal' });
    await expect(opening).rejects.toThrow(/Cannot connect to the PostgreSQL server of DATABASE_URL \(127\.0\.0\.1:1\/portal\)/);
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });
});
