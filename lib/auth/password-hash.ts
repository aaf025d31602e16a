// scrypt password hashes for the embedded sign-in, stored as one self-describing string:
//   scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>
// so the cost can be raised later without invalidating existing hashes.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// OWASP Password Storage Cheat Sheet: scrypt N=2^17, r=8, p=1 (128 MiB, a few hundred ms here).
const COST = { N: 2 ** 17, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Upper bound on a stored N, so a tampered row cannot make verification allocate gigabytes.
const MAX_N = 2 ** 20;

function deriveKey(password: string, salt: Buffer, keyLength: number, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is below the OWASP cost.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, KEY_BYTES, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when the password matches the stored hash; false for a wrong password or a malformed hash. */
export async function isPasswordMatch(password: string, storedHash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash, ...rest] = storedHash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash || rest.length > 0) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const isPowerOfTwo = isIntegerIn(cost.N, 2, MAX_N) && (cost.N & (cost.N - 1)) === 0;
  if (!isPowerOfTwo || !isIntegerIn(cost.r, 1, 32) || !isIntegerIn(cost.p, 1, 16)) return false;
  const expected = Buffer.from(hash, 'base64url');
  if (expected.length < 16) return false;
  const actual = await deriveKey(password, Buffer.from(salt, 'base64url'), expected.length, cost);
  return timingSafeEqual(actual, expected);
}
