// The HSM adapter of the KeyStore port (docs/architecture.md › Keys): every key pair is generated inside a PKCS#11 token
// as sensitive and non-extractable, and every signature and RA decryption is a token operation. Graph
// `keyPlatform = hardwareSecurityModule`.
//
// RA key transport, PKCS#1 v1.5: the token does the raw RSA (CKM_RSA_X_509) and lib/keys/decode-pkcs1-v15-key-
// transport.ts removes the padding with implicit rejection. CKM_RSA_PKCS would be the obvious mechanism, but it
// answers bad padding with CKR_ENCRYPTED_DATA_INVALID — an error a SCEP client can observe, i.e. Bleichenbacher's
// oracle (https://people.redhat.com/~hkario/marvin/); few tokens implement implicit rejection behind it. The
// rejection secret is a generic-secret key kept in the token beside the RA key (same CKA_ID): the token computes
// the draft's KDK = HMAC-SHA256(secret, ciphertext), so that secret never leaves the token either.
import { createHash, randomBytes } from 'node:crypto';
import pkcs11js from 'pkcs11js';
import { decodePkcs1v15KeyTransport } from './decode-pkcs1-v15-key-transport';
import type { DecryptOptions, KeySpec, KeyStore, KeyTransportAlgorithm, SigningAlgorithm } from './key-store';
import { formatPkcs11KeyUri, parsePkcs11KeyUri } from './pkcs11-key-uri';
import { EC_PARAMS, ecSpki, rsaSpki } from './pkcs11-public-key';
import { type Pkcs11Handle, Pkcs11Token, type Pkcs11TokenOptions } from './pkcs11-token';

const RSA_SIGN_MECHANISM = {
  'SHA-256': pkcs11js.CKM_SHA256_RSA_PKCS,
  'SHA-384': pkcs11js.CKM_SHA384_RSA_PKCS,
  'SHA-512': pkcs11js.CKM_SHA512_RSA_PKCS,
} as const;
const NODE_HASH = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const;
const OAEP_HASH = {
  'SHA-1': [pkcs11js.CKM_SHA_1, pkcs11js.CKG_MGF1_SHA1],
  'SHA-256': [pkcs11js.CKM_SHA256, pkcs11js.CKG_MGF1_SHA256],
  'SHA-384': [pkcs11js.CKM_SHA384, pkcs11js.CKG_MGF1_SHA384],
  'SHA-512': [pkcs11js.CKM_SHA512, pkcs11js.CKG_MGF1_SHA512],
} as const;
/** CKZ_DATA_SPECIFIED (v2.40 §2.1.8): the OAEP label, empty as in CMS. */
const CKZ_DATA_SPECIFIED = 1;
/** Large enough for any RSA-4096 or P-384 result; pkcs11js returns the slice the token wrote. */
const OUTPUT_BYTES = 1024;

interface TokenKey {
  privateKey: Pkcs11Handle;
  kty: 'RSA' | 'EC';
  /** The RA key's implicit-rejection secret; RSA keys made with `decrypts` only. */
  rejectionSecret?: Pkcs11Handle;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const asBuffer = (data: ArrayBuffer | Uint8Array) =>
  data instanceof Uint8Array ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);

/** What every private or secret key of ours carries: in the token, PIN-protected, never readable out of it. */
const PROTECTED = [
  { type: pkcs11js.CKA_TOKEN, value: true },
  { type: pkcs11js.CKA_PRIVATE, value: true },
  { type: pkcs11js.CKA_SENSITIVE, value: true },
  { type: pkcs11js.CKA_EXTRACTABLE, value: false },
];

export class Pkcs11KeyStore implements KeyStore {
  readonly platform = 'hardwareSecurityModule' as const;
  readonly #token: Pkcs11Token;
  // Object handles are valid in every session of the application (v2.40 §2.4), so one lookup per key and thread.
  readonly #keys = new Map<string, Promise<TokenKey>>();

  constructor(options: Pkcs11TokenOptions) {
    this.#token = Pkcs11Token.open(options);
  }

  async createKey(spec: KeySpec): Promise<{ keyUri: string; publicKeySpki: ArrayBuffer }> {
    const id = randomBytes(16);
    const keyUri = formatPkcs11KeyUri(this.#token.label, id);
    const decrypts = spec.kty === 'RSA' && spec.decrypts === true;
    const named = [
      { type: pkcs11js.CKA_ID, value: id },
      { type: pkcs11js.CKA_LABEL, value: `Cloud PKI ${id.toString('hex')}` },
    ];
    const publicKeySpki = await this.#token.withSession(async (session) => {
      const { module } = this.#token;
      const [mechanism, publicAttributes] =
        spec.kty === 'RSA'
          ? [
              pkcs11js.CKM_RSA_PKCS_KEY_PAIR_GEN,
              [
                { type: pkcs11js.CKA_MODULUS_BITS, value: spec.modulusLength },
                { type: pkcs11js.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1]) },
              ],
            ]
          : [pkcs11js.CKM_EC_KEY_PAIR_GEN, [{ type: pkcs11js.CKA_EC_PARAMS, value: EC_PARAMS[spec.namedCurve] }]];
      const keys = await module.C_GenerateKeyPairAsync(
        session,
        { mechanism },
        [...named, ...publicAttributes, { type: pkcs11js.CKA_TOKEN, value: true }, { type: pkcs11js.CKA_VERIFY, value: true }, { type: pkcs11js.CKA_ENCRYPT, value: decrypts }],
        [...named, ...PROTECTED, { type: pkcs11js.CKA_SIGN, value: true }, { type: pkcs11js.CKA_DECRYPT, value: decrypts }],
      );
      if (decrypts) {
        module.C_GenerateKey(session, { mechanism: pkcs11js.CKM_GENERIC_SECRET_KEY_GEN }, [
          ...named,
          ...PROTECTED,
          { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
          { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_GENERIC_SECRET },
          { type: pkcs11js.CKA_VALUE_LEN, value: 32 },
          { type: pkcs11js.CKA_SIGN, value: true },
        ]);
      }
      return this.#readSpki(session, keys.publicKey, spec.kty);
    });
    return { keyUri, publicKeySpki: toArrayBuffer(publicKeySpki) };
  }

  async getPublicKey(keyUri: string): Promise<ArrayBuffer> {
    const { id } = this.#parse(keyUri);
    return this.#token.withSession((session) => {
      const publicKey = this.#find(session, pkcs11js.CKO_PUBLIC_KEY, id, keyUri);
      const [keyType] = this.#token.module.C_GetAttributeValue(session, publicKey, [{ type: pkcs11js.CKA_KEY_TYPE }]);
      const kty = (keyType?.value as Buffer).readUInt32LE(0) === pkcs11js.CKK_EC ? 'EC' : 'RSA';
      return toArrayBuffer(this.#readSpki(session, publicKey, kty));
    });
  }

  async sign(keyUri: string, algorithm: SigningAlgorithm, data: ArrayBuffer | Uint8Array): Promise<ArrayBuffer> {
    const key = await this.#key(keyUri);
    const expected = algorithm.name === 'ECDSA' ? 'EC' : 'RSA';
    if (key.kty !== expected) throw new Error(`Key ${keyUri} cannot sign with ${algorithm.name}`);
    // Tokens (SoftHSM2 among them) rarely offer CKM_ECDSA_SHA*: hash here, sign the digest in the token. Its raw
    // r ‖ s output is already the IEEE P1363 form the port promises.
    const [mechanism, input] =
      algorithm.name === 'ECDSA'
        ? [pkcs11js.CKM_ECDSA, createHash(NODE_HASH[algorithm.hash]).update(asBuffer(data)).digest()]
        : [RSA_SIGN_MECHANISM[algorithm.hash], asBuffer(data)];
    return this.#token.withSession(async (session) => {
      this.#token.module.C_SignInit(session, { mechanism }, key.privateKey);
      return toArrayBuffer(await this.#token.module.C_SignAsync(session, input, Buffer.alloc(OUTPUT_BYTES)));
    });
  }

  async decrypt(
    keyUri: string,
    algorithm: KeyTransportAlgorithm,
    data: ArrayBuffer | Uint8Array,
    options: DecryptOptions = {},
  ): Promise<ArrayBuffer> {
    const key = await this.#key(keyUri);
    if (key.kty !== 'RSA') throw new Error(`Key ${keyUri} is not an RSA key`);
    const ciphertext = asBuffer(data);
    const { module } = this.#token;
    if (algorithm === 'RSAES-PKCS1-v1_5') {
      const { rejectionSecret } = key;
      if (!rejectionSecret) throw new Error(`Key ${keyUri} was not made for key transport`);
      return this.#token.withSession(async (session) => {
        module.C_DecryptInit(session, { mechanism: pkcs11js.CKM_RSA_X_509 }, key.privateKey);
        const encodedMessage = await module.C_DecryptAsync(session, ciphertext, Buffer.alloc(OUTPUT_BYTES));
        module.C_SignInit(session, { mechanism: pkcs11js.CKM_SHA256_HMAC }, rejectionSecret);
        const keyDerivationKey = await module.C_SignAsync(session, ciphertext, Buffer.alloc(32));
        // CKM_RSA_X_509 may drop leading zero bytes (v2.40 §2.1.4): the decoder wants exactly k bytes.
        const k = ciphertext.length;
        const padded = Buffer.concat([Buffer.alloc(Math.max(0, k - encodedMessage.length)), encodedMessage]);
        return toArrayBuffer(
          decodePkcs1v15KeyTransport({ encodedMessage: padded, ciphertext, keyDerivationKey, expectedLength: options.expectedLength }),
        );
      });
    }
    const [hashAlg, mgf] = OAEP_HASH[algorithm === 'RSA-OAEP' ? 'SHA-1' : algorithm.hash];
    const parameter = { type: pkcs11js.CK_PARAMS_RSA_OAEP, hashAlg, mgf, source: CKZ_DATA_SPECIFIED };
    return this.#token.withSession(async (session) => {
      try {
        module.C_DecryptInit(session, { mechanism: pkcs11js.CKM_RSA_PKCS_OAEP, parameter }, key.privateKey);
        return toArrayBuffer(await module.C_DecryptAsync(session, ciphertext, Buffer.alloc(OUTPUT_BYTES)));
      } catch {
        // RFC 8017 §7.1.2: one "decryption error" for every failure, so errors reveal nothing about the plaintext.
        throw new Error('RSA-OAEP decryption error');
      }
    });
  }

  #parse(keyUri: string): { id: Buffer } {
    const { tokenLabel, id } = parsePkcs11KeyUri(keyUri);
    if (tokenLabel !== this.#token.label) {
      throw new Error(`Key ${keyUri} is on token '${tokenLabel}', but PKCS11_TOKEN_LABEL is '${this.#token.label}'`);
    }
    return { id };
  }

  #key(keyUri: string): Promise<TokenKey> {
    let entry = this.#keys.get(keyUri);
    if (!entry) {
      const { id } = this.#parse(keyUri);
      entry = this.#token.withSession((session) => {
        const privateKey = this.#find(session, pkcs11js.CKO_PRIVATE_KEY, id, keyUri);
        const [keyType] = this.#token.module.C_GetAttributeValue(session, privateKey, [{ type: pkcs11js.CKA_KEY_TYPE }]);
        const kty = (keyType?.value as Buffer).readUInt32LE(0) === pkcs11js.CKK_EC ? ('EC' as const) : ('RSA' as const);
        const rejectionSecret = this.#find(session, pkcs11js.CKO_SECRET_KEY, id, keyUri, { optional: true });
        return { privateKey, kty, ...(rejectionSecret ? { rejectionSecret } : {}) };
      });
      this.#keys.set(keyUri, entry);
      entry.catch(() => this.#keys.delete(keyUri)); // a failed lookup is retried next time
    }
    return entry;
  }

  #find(session: Pkcs11Handle, objectClass: number, id: Buffer, keyUri: string, { optional = false } = {}): Pkcs11Handle {
    const { module } = this.#token;
    module.C_FindObjectsInit(session, [
      { type: pkcs11js.CKA_CLASS, value: objectClass },
      { type: pkcs11js.CKA_ID, value: id },
    ]);
    try {
      const handle = module.C_FindObjects(session);
      if (!handle && !optional) throw new Error(`Key ${keyUri} not found on token '${this.#token.label}'`);
      return handle as Pkcs11Handle;
    } finally {
      module.C_FindObjectsFinal(session);
    }
  }

  #readSpki(session: Pkcs11Handle, publicKey: Pkcs11Handle, kty: 'RSA' | 'EC'): Buffer {
    const read = (type: number) => this.#token.module.C_GetAttributeValue(session, publicKey, [{ type }])[0]?.value as Buffer;
    return kty === 'RSA'
      ? rsaSpki(read(pkcs11js.CKA_MODULUS), read(pkcs11js.CKA_PUBLIC_EXPONENT))
      : ecSpki(read(pkcs11js.CKA_EC_PARAMS), read(pkcs11js.CKA_EC_POINT));
  }
}
