// The key-encryption key that seals software keys (docs/architecture.md › Keys): PKI_MASTER_KEY when the operator
// provides one, else a random key file created on first start in DATA_DIR and readable by its owner only.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_BYTES = 32;
const KEY_FILE_NAME = 'kek.key';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface KeyEncryptionKeySource {
  /** PKI_MASTER_KEY: 32 bytes, base64 (`openssl rand -base64 32`). */
  masterKeyBase64?: string;
  /** DATA_DIR: where `kek.key` lives when no master key is given. */
  dataDir: string;
}

function decodeMasterKey(masterKeyBase64: string): Buffer {
  const text = masterKeyBase64.trim();
  const key = BASE64.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw new Error('PKI_MASTER_KEY must be 32 bytes encoded as base64 (generate one with `openssl rand -base64 32`)');
  }
  return key;
}

/** Writes the new key to a private temp file, then links it into place: a racing second start sees all or nothing. */
function createKeyFile(path: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, randomBytes(KEY_BYTES), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function readKeyFile(path: string): Buffer {
  const stats = statSync(path);
  if (!stats.isFile()) throw new Error(`${path} is not a regular file`);
  // POSIX permission bits only; Windows reports 0o666 for every file and guards it with ACLs instead.
  if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
    throw new Error(`${path} is accessible by group or others (mode ${mode}); run \`chmod 600 ${path}\``);
  }
  if (stats.size !== KEY_BYTES) {
    throw new Error(`${path} must hold exactly ${KEY_BYTES} bytes, found ${stats.size}; it is not a key file`);
  }
  return readFileSync(path);
}

export function loadKeyEncryptionKey({ masterKeyBase64, dataDir }: KeyEncryptionKeySource): Buffer {
  if (masterKeyBase64?.trim()) return decodeMasterKey(masterKeyBase64);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, KEY_FILE_NAME);
  try {
    return readKeyFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  createKeyFile(path);
  return readKeyFile(path);
}
