import { describe, expect, it } from 'vitest';
import { hashPassword, isPasswordMatch } from './password-hash';

describe('password hashes', () => {
  it('stores scrypt parameters, salt and hash in one string and verifies the password', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await isPasswordMatch('correct horse battery staple', stored)).toBe(true);
  });

  it('rejects a wrong password and uses a fresh salt per hash', async () => {
    const [first, second] = await Promise.all([hashPassword('secret password'), hashPassword('secret password')]);
    expect(first).not.toBe(second);
    expect(await isPasswordMatch('Secret password', first)).toBe(false);
  });

  it('verifies hashes made with other (stored) parameters', async () => {
    const stored = await hashPassword('a password');
    const [, , , , salt] = stored.split('$');
    // A cheaper hash of the same password, as an older installation might have stored.
    const { scryptSync } = await import('node:crypto');
    const key = scryptSync('a password', Buffer.from(salt!, 'base64url'), 32, { N: 1024, r: 8, p: 1 });
    expect(await isPasswordMatch('a password', `scrypt$1024$8$1$${salt}$${key.toString('base64url')}`)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['bcrypt$10$abc', 'another scheme'],
    ['scrypt$1000$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA', 'N not a power of two'],
    ['scrypt$33554432$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA', 'N too large (memory exhaustion)'],
    ['scrypt$1024$8$1$c2FsdA$aGFzaA', 'hash too short'],
  ])('treats a malformed stored hash as no match (%s: %s)', async (stored) => {
    expect(await isPasswordMatch('anything', stored)).toBe(false);
  });
});
