import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from './data-dir-lock';

describe('DATA_DIR lock', () => {
  let dataDir = '';
  const lockFile = () => join(dataDir, LOCK_FILE_NAME);
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cloud-pki-lock-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('holds our pid until released, and refuses a second opener in this process', async () => {
    const lock = await acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(process.pid));
    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(/already open in this process/);
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
    (await acquireDataDirLock(dataDir)).release();
  });

  it('refuses while another live process holds it, naming the pid and the way out', async () => {
    writeFileSync(lockFile(), `${process.ppid}\n`); // the test runner: certainly alive
    const attempt = acquireDataDirLock(dataDir);
    await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(
      `Another portal process (pid ${process.ppid}) is using DATA_DIR ${dataDir}; PGlite cannot be shared between processes. Stop it or use DATABASE_URL=postgres://`,
    );
    expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(process.ppid)); // left alone
  });

  it('takes over a lock whose process is gone', async () => {
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(lockFile(), `${exited}\n`);
    const lock = await acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('takes over a lock carrying our own pid from an earlier run (container restart as pid 1)', async () => {
    writeFileSync(lockFile(), `${process.pid}\n`);
    const lock = await acquireDataDirLock(dataDir);
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('takes over an empty lock file once its writer had time to fill it', async () => {
    writeFileSync(lockFile(), '');
    const lock = await acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('does not remove a lock that someone else took over', async () => {
    const lock = await acquireDataDirLock(dataDir);
    writeFileSync(lockFile(), `${process.ppid}\n`);
    lock.release();
    expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(process.ppid));
  });
});
