import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKeyEncryptionKey } from './key-encryption-key';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kek-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadKeyEncryptionKey', () => {
  it('uses PKI_MASTER_KEY when given', () => {
    const master = Buffer.alloc(32, 7);
    const key = loadKeyEncryptionKey({ masterKeyBase64: master.toString('base64'), dataDir: join(root, 'unused') });
    expect(key.equals(master)).toBe(true);
  });

  it('refuses a master key of the wrong size or alphabet', () => {
    expect(() => loadKeyEncryptionKey({ masterKeyBase64: Buffer.alloc(16).toString('base64'), dataDir: root })).toThrow(
      /32 bytes/,
    );
    expect(() => loadKeyEncryptionKey({ masterKeyBase64: 'not base64 at all!', dataDir: root })).toThrow(/32 bytes/);
  });

  it('creates <dataDir>/kek.key with mode 0600 on first use and reads it back later', () => {
    const dataDir = join(root, 'nested', 'data');
    const first = loadKeyEncryptionKey({ dataDir });
    const path = join(dataDir, 'kek.key');
    expect(first).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path).equals(first)).toBe(true);
    expect(loadKeyEncryptionKey({ dataDir, masterKeyBase64: '' }).equals(first)).toBe(true);
  });

  it('refuses a key file readable by group or others', () => {
    loadKeyEncryptionKey({ dataDir: root });
    chmodSync(join(root, 'kek.key'), 0o644);
    expect(() => loadKeyEncryptionKey({ dataDir: root })).toThrow(/accessible by group or others \(mode 0644\)/);
  });

  it('refuses a key file of the wrong size', () => {
    writeFileSync(join(root, 'kek.key'), Buffer.alloc(31), { mode: 0o600 });
    expect(() => loadKeyEncryptionKey({ dataDir: root })).toThrow(/exactly 32 bytes, found 31/);
  });
});
