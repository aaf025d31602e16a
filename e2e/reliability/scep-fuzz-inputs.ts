// A bounded, seeded stream of hostile SCEP requests: the seeds as they are, then mutations of them (truncated,
// bit-flipped, tags and lengths rewritten, slices spliced), random bytes, zeros, BER nested a hundred thousand deep,
// lengths and INTEGERs far too big, bodies over the cap, and GET messages that are not base64. Same seed, same inputs.
import type { FuzzSeed } from './scep-fuzz-seeds';

export interface FuzzInput {
  readonly kind: string;
  readonly method: 'GET' | 'POST';
  /** POST body, or the bytes a GET sends base64-encoded as `message`. */
  readonly bytes?: Uint8Array;
  /** A GET's raw `message` parameter (already encoded), when it is not base64 of `bytes`. */
  readonly rawMessage?: string;
  readonly seed?: FuzzSeed;
}

/** mulberry32: small, fast and good enough to pick mutations reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, below: number) => Math.floor(random() * below);
function bytesOf(random: Random, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = int(random, 256);
  return out;
}

/** `depth` SEQUENCEs around a NULL, written into one buffer (spreading arrays of this size takes seconds). */
function nested(depth: number, definite: boolean): Uint8Array {
  if (!definite) {
    const out = new Uint8Array(depth * 4 + 2); // 30 80 … 05 00 … 00 00: the end-of-contents octets are the zeros
    for (let level = 0; level < depth; level += 1) out.set([0x30, 0x80], level * 2);
    out.set([0x05, 0x00], depth * 2);
    return out;
  }
  // Definite lengths: the headers from the inside out (each level's length is everything inside it), written outermost first.
  const headers: Uint8Array[] = [];
  let size = 2; // the innermost NULL
  for (let level = 0; level < depth; level += 1) {
    const length = size < 128 ? [size] : size < 256 ? [0x81, size] : size < 65536 ? [0x82, size >> 8, size & 255] : [0x83, size >> 16, (size >> 8) & 255, size & 255];
    headers.push(Uint8Array.of(0x30, ...length));
    size += 1 + length.length;
  }
  return Buffer.concat([...headers.reverse(), Uint8Array.of(0x05, 0x00)]);
}

const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

const MUTATIONS: Record<string, (der: Uint8Array, random: Random) => Uint8Array> = {
  truncated: (der, random) => der.subarray(0, int(random, der.length)),
  'bit-flipped': (der, random) => {
    const out = Uint8Array.from(der);
    for (let i = 1 + int(random, 8); i > 0; i -= 1) out[int(random, out.length)]! ^= 1 << int(random, 8);
    return out;
  },
  'bytes overwritten': (der, random) => {
    const out = Uint8Array.from(der);
    const at = int(random, out.length);
    out.set(bytesOf(random, Math.min(16, out.length - at)), at);
    return out;
  },
  'tag changed (wrong type, constructed for primitive)': (der, random) => {
    const out = Uint8Array.from(der);
    for (let i = 1 + int(random, 4); i > 0; i -= 1) {
      const at = int(random, out.length);
      out[at] = random() < 0.5 ? out[at]! ^ 0x20 : [0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x17, 0x30, 0x31, 0xa0, 0x1e][int(random, 12)]!;
    }
    return out;
  },
  'length made huge or indefinite': (der, random) => {
    const at = 1 + int(random, der.length - 1);
    const length = [[0x80], [0x84, 0xff, 0xff, 0xff, 0xff], [0x88, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [0xff]][int(random, 4)]!;
    return concat(der.subarray(0, at), Uint8Array.from(length), der.subarray(at + 1));
  },
  'slice spliced in': (der, random) => {
    const from = int(random, der.length);
    const slice = der.subarray(from, from + int(random, 512));
    const at = int(random, der.length);
    return concat(der.subarray(0, at), slice, der.subarray(at));
  },
  'NUL bytes inserted': (der, random) => {
    const at = int(random, der.length);
    return concat(der.subarray(0, at), new Uint8Array(1 + int(random, 8)), der.subarray(at));
  },
  'range deleted': (der, random) => {
    const at = int(random, der.length);
    return concat(der.subarray(0, at), der.subarray(at + 1 + int(random, 64)));
  },
};

const STANDALONE: Record<string, (random: Random) => Uint8Array> = {
  'random bytes': (random) => bytesOf(random, int(random, 4096)),
  'all zeros': (random) => new Uint8Array(1 + int(random, 2048)),
  'deep BER nesting, indefinite lengths': (random) => nested(10_000 + int(random, 50_000), false),
  'deep DER nesting, definite lengths': (random) => nested(1_000 + int(random, 20_000), true),
  'too big INTEGER': (random) => concat(Uint8Array.of(0x30, 0x82, 0x0f, 0xa4, 0x02, 0x82, 0x0f, 0xa0), bytesOf(random, 4000)),
  'SEQUENCE claiming 2^63 bytes': () => Uint8Array.of(0x30, 0x88, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x01),
  'empty body': () => new Uint8Array(0),
};

const RAW_GET_MESSAGES: Record<string, (random: Random) => string> = {
  'GET message that is not base64': (random) => encodeURIComponent(Buffer.from(bytesOf(random, 64)).toString('latin1')),
  'GET message with NUL and percent escapes': () => 'MII%00%00%25%c0%ae%2F%2B',
  'GET message of one character': () => 'A',
};

/** `count` inputs; every seed as it is first, a few over-cap bodies, then a seeded mix of the rest. */
export function* fuzzInputs(seeds: readonly FuzzSeed[], count: number, seed: number, overCapBytes: number): Generator<FuzzInput> {
  const random = seededRandom(seed);
  let produced = 0;
  for (const fuzzSeed of seeds) {
    if (produced++ >= count) return;
    yield { kind: `seed: ${fuzzSeed.name}`, method: random() < 0.5 ? 'POST' : 'GET', bytes: fuzzSeed.der, seed: fuzzSeed };
  }
  for (let i = 0; i < 3 && produced < count; i += 1, produced += 1) yield { kind: 'body over the cap', method: 'POST', bytes: new Uint8Array(overCapBytes + i) };
  const mutations = Object.entries(MUTATIONS);
  const standalone = Object.entries(STANDALONE);
  const rawGets = Object.entries(RAW_GET_MESSAGES);
  for (; produced < count; produced += 1) {
    const method = random() < 0.7 ? 'POST' : 'GET';
    const roll = random();
    if (roll < 0.8) {
      const [name, mutate] = mutations[int(random, mutations.length)]!;
      yield { kind: name, method, bytes: mutate(seeds[int(random, seeds.length)]!.der, random) };
    } else if (roll < 0.97) {
      const [name, make] = standalone[int(random, standalone.length)]!;
      yield { kind: name, method: name.startsWith('deep') ? 'POST' : method, bytes: make(random) };
    } else {
      const [name, make] = rawGets[int(random, rawGets.length)]!;
      yield { kind: name, method: 'GET', rawMessage: make(random) };
    }
  }
}
