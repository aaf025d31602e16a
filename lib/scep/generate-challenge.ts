// SCEP challenge passwords (RFC 8894 §2.2) drawn from letters and digits only — a subset of the
// PrintableString alphabet (X.680 §41.4) — so every client can encode them without leniency.
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 32 characters of 62: log2(62) × 32 ≈ 190 bits, comfortably above 128. */
const LENGTH = 32;

export function generateChallenge(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join('');
}
