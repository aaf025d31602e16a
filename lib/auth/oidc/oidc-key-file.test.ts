// The embedded provider's key file: kept across restarts, and one set of keys for instances that share DATA_DIR and
// start at the same moment (tokens one instance signs must verify on the others).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadOrCreateOidcKeys } from './oidc-key-file';

let dataDir: string | undefined;
afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const signingKeyIds = (keys: Awaited<ReturnType<typeof loadOrCreateOidcKeys>>) => keys.jwks.keys.map((key) => key.kid);

it('creates the key file once and reads the same keys on the next start', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'oidc-keys-'));
  const first = await loadOrCreateOidcKeys(dataDir);
  expect(statSync(join(dataDir, 'oidc-keys.json')).mode & 0o777).toBe(0o600);
  expect(await loadOrCreateOidcKeys(dataDir)).toEqual(first);
});

it('gives starts racing on one fresh DATA_DIR the same keys, and leaves no temp file', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'oidc-keys-'));
  const directory = dataDir;
  const racing = await Promise.all(Array.from({ length: 4 }, () => loadOrCreateOidcKeys(directory)));
  const stored = await loadOrCreateOidcKeys(directory);
  for (const keys of racing) expect(signingKeyIds(keys)).toEqual(signingKeyIds(stored));
  expect(readdirSync(directory)).toEqual(['oidc-keys.json']);
});
