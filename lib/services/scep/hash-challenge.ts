import { createHash } from 'node:crypto';

/** Challenges are stored as SHA-256 hashes: a database dump must not yield usable challenges. */
export function hashChallenge(challenge: string): string {
  return createHash('sha256').update(challenge, 'utf8').digest('hex');
}
