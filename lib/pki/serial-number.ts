// Certificate serial numbers (docs/architecture.md › Data): 16 bytes from the CSPRNG, well above the 64 random bits
// CA/Browser Forum BR §7.1 asks for, and within RFC 5280 §4.1.2.2 (positive, at most 20 octets).
import { randomBytes } from 'node:crypto';

/** Uppercase hex, as Graph shows `serialNumber`; always 32 digits and a minimal DER INTEGER (no 00 pad needed). */
export function generateSerialNumber(): string {
  const bytes = randomBytes(16);
  // Clearing the top bit keeps the INTEGER positive; setting the next one keeps it non-zero and exactly 16 bytes,
  // so the hex shown in Graph, in the DER and in @peculiar/x509's `serialNumber` is the same string.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return bytes.toString('hex').toUpperCase();
}

