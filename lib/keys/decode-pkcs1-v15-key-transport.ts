// EME-PKCS1-v1_5 decoding (RFC 8017 §7.2.2 step 3) with implicit rejection, for SCEP envelopes whose content key
// is wrapped with rsaEncryption. Node 20 refuses RSA_PKCS1_PADDING private decryption (CVE-2023-46809, the Marvin
// attack, https://people.redhat.com/~hkario/marvin/), so the store decrypts with RSA_NO_PADDING and calls this.
//
// Implicit rejection (draft-irtf-cfrg-rsa-guidance, "Implicit rejection"): on bad padding we do not throw, we
// return a synthetic message derived by HMAC from the ciphertext and a per-key secret. The same ciphertext always
// yields the same synthetic key, and the failure surfaces later as an ordinary content-decryption error, so neither
// an error path nor its timing tells an attacker whether the padding was valid. The checks below run over every
// byte with masks instead of early exits; JavaScript gives no hard timing guarantee, but there is no branch on
// secret data.
import { createHmac } from 'node:crypto';

/** 0xff…ff (as a 32-bit mask) when `value` is 0, else 0; `value` is a byte. */
function maskIsZero(value: number): number {
  return ((value | -value) >> 31) ^ -1;
}

/** Mask when a === b (32-bit non-negative integers below 2^31). */
function maskEquals(a: number, b: number): number {
  return maskIsZero(a ^ b);
}

/** Mask when a >= b (both non-negative, below 2^30). */
function maskGreaterOrEqual(a: number, b: number): number {
  return ~((a - b) >> 31);
}

/** `length` bytes of HMAC-SHA256(kdk, label ‖ counter) blocks, the draft's PRF shape. */
function expand(kdk: Buffer, label: string, length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let counter = 0; blocks.length * 32 < length; counter += 1) {
    blocks.push(createHmac('sha256', kdk).update(Buffer.of(counter >> 8, counter & 0xff)).update(label).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

export type Pkcs1v15DecodeInput = {
  /** The raw RSA decryption (RSA_NO_PADDING) of `ciphertext`: exactly k bytes. */
  encodedMessage: Uint8Array;
  ciphertext: Uint8Array;
  /** Required message length (the content-encryption key size); any other length is rejected implicitly. */
  expectedLength?: number;
} & (
  | {
      /** A secret bound to the private key; the draft uses SHA-256 of the private exponent. */
      rejectionSecret: Uint8Array;
    }
  | {
      /** The draft's KDK, HMAC-SHA256(secret, ciphertext), computed where the secret lives (an HSM, say). */
      keyDerivationKey: Uint8Array;
    }
);

export function decodePkcs1v15KeyTransport(input: Pkcs1v15DecodeInput): Buffer {
  const { encodedMessage: em, ciphertext, expectedLength } = input;
  const k = em.length;
  // RFC 8017 §7.2.2: EM = 0x00 ‖ 0x02 ‖ PS (≥ 8 non-zero bytes) ‖ 0x00 ‖ M, so M is at most k − 11 bytes.
  if (k < 11 || (expectedLength !== undefined && (expectedLength < 0 || expectedLength > k - 11))) {
    throw new Error('RSAES-PKCS1-v1_5: key size and expected message length do not fit');
  }
  let good = maskIsZero(em[0] ?? 1) & maskEquals(em[1] ?? 0, 2);
  let looking = -1;
  let separator = 0;
  for (let i = 2; i < k; i += 1) {
    const isSeparator = looking & maskIsZero(em[i] ?? 1);
    separator |= i & isSeparator;
    looking &= ~isSeparator;
  }
  good &= ~looking & maskGreaterOrEqual(separator, 10);
  const realLength = k - separator - 1;
  const kdk =
    'keyDerivationKey' in input
      ? Buffer.from(input.keyDerivationKey)
      : createHmac('sha256', input.rejectionSecret).update(ciphertext).digest();
  // Without an expected length the draft picks the synthetic length pseudo-randomly in 0..k−11.
  const syntheticLength = expectedLength ?? expand(kdk, 'length', 2).readUInt16BE(0) % (k - 10);
  if (expectedLength !== undefined) good &= maskEquals(realLength, expectedLength);
  // Both candidates are right-aligned in k bytes (M is the tail of EM) and merged byte by byte under the mask.
  const synthetic = expand(kdk, 'message', k);
  const merged = Buffer.alloc(k);
  for (let i = 0; i < k; i += 1) {
    merged[i] = ((em[i] ?? 0) & good) | ((synthetic[i] ?? 0) & ~good);
  }
  const outputLength = (realLength & good) | (syntheticLength & ~good);
  return Buffer.from(merged.subarray(k - outputLength));
}
