// Exclusive lock on DATA_DIR for the embedded database. PGlite has no locking between processes: two processes
// on one folder both "work" and silently lose writes, so the second one must stop instead.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOCK_FILE_NAME = 'portal.lock';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      pid === process.pid
        ? `DATA_DIR ${dataDir} is already open in this process; PGlite cannot be opened twice on one folder.`
        : `Another portal process (pid ${pid}) is using DATA_DIR ${dataDir}; PGlite cannot be shared between processes. ` +
            'Stop it or use DATABASE_URL=postgres://… to share a PostgreSQL server between processes.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

// Lock files this process holds, on globalThis for the same reason as the database handle (database.ts).
const HELD_KEY = '__cloudPkiHeldDataDirLocks';
function heldLocks(): Set<string> {
  const store = globalThis as typeof globalThis & { [HELD_KEY]?: Set<string> };
  return (store[HELD_KEY] ??= new Set());
}

function readHolderPid(path: string): number | undefined | 'missing' {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}

/** Creates `<dataDir>/portal.lock` holding our pid; takes over a lock whose process is gone. */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE_NAME);
  if (heldLocks().has(path)) throw new DataDirLockedError(dataDir, process.pid);

  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644); // O_CREAT|O_EXCL: exactly one creator wins
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      heldLocks().add(path);
      return { path, release: () => releaseLock(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }

    const holder = readHolderPid(path);
    if (holder === 'missing') continue; // released between our open and read
    if (holder === undefined) {
      // Empty: another process created it and is about to write its pid. Give it a moment.
      if (attempt < 10) {
        await sleep(25);
        continue;
      }
    } else if (holder !== process.pid && isProcessAlive(holder)) {
      throw new DataDirLockedError(dataDir, holder);
    }
    // Stale: its process is gone (or it carries our own pid from an earlier run, as after a container
    // restart where the portal is pid 1 again). Re-check just before removing, to narrow the race with
    // another process taking it over at the same moment.
    if (readHolderPid(path) === holder) {
      try {
        unlinkSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  throw new Error(`Could not take the lock ${path}; remove it if no portal process is running.`);
}

function releaseLock(path: string): void {
  if (!heldLocks().delete(path)) return;
  // Only remove the file if it is still ours (never someone else's after a takeover).
  if (readHolderPid(path) !== process.pid) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone; nothing to release.
  }
}
