// Test helper: run the system openssl in a scratch folder, the reference every profile test checks against.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OpensslResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Scratch {
  dir: string;
  /** Writes a file into the scratch folder and returns its path. */
  write(name: string, data: string | Uint8Array): string;
  path(name: string): string;
  openssl(args: readonly string[]): OpensslResult;
  remove(): void;
}

export function createScratch(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'pki-test-'));
  return {
    dir,
    write(name, data) {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    },
    path: (name) => join(dir, name),
    openssl(args) {
      // -text of a CRL with thousands of entries is megabytes, past spawnSync's 1 MiB default.
      const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
