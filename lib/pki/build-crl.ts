// A CA's CRL (RFC 5280 §5): v2, signed by the CA's signer with its algorithm, with CRL Number and AKI.
// The revoked list is written as DER directly, a few thousand entries at a time between event-loop turns:
// @peculiar/x509's generator checks each serial against all earlier ones (quadratic: minutes at 100,000
// entries) and builds an object per entry, all in one synchronous stretch that stops every request meanwhile.
import { setImmediate as nextEventLoopTurn } from 'node:timers/promises';
import { AsnConvert } from '@peculiar/asn1-schema';
import * as asn1js from 'asn1js';
import { authorityKeyIdentifierExtension } from './certificate-extensions';
import { type CertificateIssuer, openIssuer } from './certificate-issuer';
import {
  derBitString,
  derContextConstructed,
  derEnumerated,
  derObjectIdentifier,
  derOctetString,
  derSequence,
  derSmallInteger,
  derTime,
  derTlvOf,
  derUnsignedIntegerFromHex,
} from './der-writer';
import { x509SigningParams } from './signer-crypto';
import { truncateToSeconds } from './validity';
import { nodeCrypto, x509 } from './x509';

/** RFC 5280 §5.3.1 CRLReason names (value 7 is unused in the standard). */
export type RevocationReason = keyof typeof x509.X509CrlReason;

export interface CrlEntry {
  /** Hex, as stored (with or without a 00 sign pad). */
  serialNumber: string;
  revocationDate: Date;
  reason?: RevocationReason;
}

export interface CrlInput {
  issuer: CertificateIssuer;
  thisUpdate: Date;
  nextUpdate: Date;
  /** RFC 5280 §5.2.3: monotonically increasing, non-negative, at most 20 octets. */
  crlNumber: bigint;
  entries: readonly CrlEntry[];
}

const ID_CE_CRL_NUMBER = '2.5.29.20';
const ID_CE_CRL_REASONS = '2.5.29.21';
const MAX_CRL_NUMBER = 1n << 159n;
const ENTRIES_PER_EVENT_LOOP_TURN = 2_000;

function crlNumberExtension(crlNumber: bigint): x509.Extension {
  if (crlNumber < 0n || crlNumber >= MAX_CRL_NUMBER) {
    throw new Error('The CRL number must be non-negative and fit 20 octets (RFC 5280 §5.2.3)');
  }
  // @peculiar/x509 has no CRL Number helper and asn1-x509's CRLNumber is a JS number; bigint keeps
  // the full range.
  return new x509.Extension(ID_CE_CRL_NUMBER, false, asn1js.Integer.fromBigInt(crlNumber).toBER(false));
}

// crlEntryExtensions with a reasonCode, one encoding per reason. RFC 5280 §5.3.1: `unspecified` SHOULD be absent.
const REASON_EXTENSIONS = new Map(
  Object.entries(x509.X509CrlReason)
    .filter((pair): pair is [RevocationReason, number] => typeof pair[1] === 'number' && pair[1] !== 0)
    .map(([name, code]) => [name, derSequence(derSequence(derObjectIdentifier(ID_CE_CRL_REASONS), derOctetString(derEnumerated(code))))]),
);

function encodeEntry(entry: CrlEntry, serial: Uint8Array): Uint8Array {
  const reason = entry.reason ? REASON_EXTENSIONS.get(entry.reason) : undefined;
  return derSequence(serial, derTime(truncateToSeconds(entry.revocationDate)), ...(reason ? [reason] : []));
}

/** revokedCertificates (RFC 5280 §5.1.2.6), or nothing: the list MUST be absent when no certificate is revoked. */
async function encodeRevokedCertificates(entries: readonly CrlEntry[]): Promise<Uint8Array[]> {
  if (entries.length === 0) return [];
  const seen = new Set<string>();
  const encoded: Uint8Array[] = [];
  for (const [index, entry] of entries.entries()) {
    const serial = derUnsignedIntegerFromHex(entry.serialNumber);
    const key = Buffer.from(serial).toString('hex');
    if (seen.has(key)) throw new Error(`Certificate serial number ${entry.serialNumber} is listed twice`);
    seen.add(key);
    encoded.push(encodeEntry(entry, serial));
    if ((index + 1) % ENTRIES_PER_EVENT_LOOP_TURN === 0) await nextEventLoopTurn();
  }
  return [derTlvOf(0x30, encoded)];
}

export async function buildCrl(input: CrlInput): Promise<Uint8Array<ArrayBuffer>> {
  const issuerCertificate = openIssuer(input.issuer);
  const { signingKey, signingAlgorithm } = x509SigningParams(input.issuer.signer);
  const algorithm = { ...signingAlgorithm, ...signingKey.algorithm };
  const algorithmIdentifier = new Uint8Array(AsnConvert.serialize(new x509.AlgorithmProvider().toAsnAlgorithm(algorithm)));
  const extensions = [await authorityKeyIdentifierExtension(issuerCertificate), crlNumberExtension(input.crlNumber)];
  const tbsCertList = derSequence(
    derSmallInteger(1), // v2
    algorithmIdentifier,
    new Uint8Array(issuerCertificate.subjectName.toArrayBuffer()),
    derTime(truncateToSeconds(input.thisUpdate)),
    derTime(truncateToSeconds(input.nextUpdate)),
    ...(await encodeRevokedCertificates(input.entries)),
    derContextConstructed(0, derSequence(...extensions.map((extension) => new Uint8Array(extension.rawData)))),
  );
  const signature = await input.issuer.signer.sign(toArrayBuffer(tbsCertList));
  await verifyWithIssuer(issuerCertificate, algorithm, tbsCertList, signature);
  const signatureValue = new x509.AsnEcSignatureFormatter().toAsnSignature(algorithm, signature) ?? signature;
  return new Uint8Array(derSequence(tbsCertList, algorithmIdentifier, derBitString(new Uint8Array(signatureValue))));
}

/** A faulty or mismatched signer (wrong HSM object, RSA-CRT fault) fails here, not at every relying party. */
async function verifyWithIssuer(issuerCertificate: x509.X509Certificate, algorithm: Algorithm, tbs: Uint8Array, signature: ArrayBuffer) {
  const publicKey = await issuerCertificate.publicKey.export(algorithm, ['verify'], nodeCrypto);
  if (!(await nodeCrypto.subtle.verify(algorithm, publicKey, signature, toArrayBuffer(tbs)))) {
    throw new Error('The signer produced a CRL signature the issuer certificate does not verify');
  }
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
