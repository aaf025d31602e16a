// The embedded provider's signing keys and cookie keys, kept in <DATA_DIR>/oidc-keys.json (mode 0600) so that
// issued tokens and session cookies stay valid across restarts. Created on first start; DATA_DIR=memory://
// (tests, e2e — as lib/db) keeps fresh keys in memory only.
import { randomBytes, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { z } from 'zod';
import { IN_MEMORY } from '@/lib/db/create-database';

const ZRsaPrivateJwk = z.looseObject({
  kty: z.literal('RSA'),
  kid: z.string().min(1),
  n: z.string().min(1),
  e: z.string().min(1),
  d: z.string().min(1),
});

const ZOidcKeys = z.object({
  jwks: z.object({ keys: z.array(ZRsaPrivateJwk).min(1) }),
  cookieKeys: z.array(z.string().min(32)).min(1),
});

export type OidcKeys = z.output<typeof ZOidcKeys>;

function oidcKeyFilePath(dataDir: string): string {
  return path.resolve(dataDir, 'oidc-keys.json');
}

function parseOidcKeys(text: string, file: string): OidcKeys {
  const result = ZOidcKeys.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`${file} is not a valid sign-in key file; delete it to create new keys (signs everyone out).`);
  return result.data;
}

async function generateOidcKeys(): Promise<OidcKeys> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  // RFC 7638 thumbprint as kid: stable, and unique per key when a second key is added for rotation.
  const signingKey = ZRsaPrivateJwk.parse({ ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' });
  return { jwks: { keys: [signingKey] }, cookieKeys: [randomBytes(32).toString('base64url')] };
}

/** Reads the key file, creating it on first start. */
export async function loadOrCreateOidcKeys(dataDir: string): Promise<OidcKeys> {
  if (dataDir === IN_MEMORY) return generateOidcKeys();
  const file = oidcKeyFilePath(dataDir);
  try {
    return parseOidcKeys(await readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const keys = await generateOidcKeys();
  await mkdir(path.dirname(file), { recursive: true });
  // Instances sharing DATA_DIR may start together (and calls within one process interleave): write a private temp
  // file, then link it into place, so a racing start sees the whole file or none, and the loser uses the winner's
  // keys (tokens must verify on every instance).
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, file);
    return keys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parseOidcKeys(await readFile(file, 'utf8'), file);
  } finally {
    await unlink(temporary);
  }
}
