// A test-only SCEP client, built the way real clients build their messages (pkijs for CMS and PKCS#10,
// the openssl CLI for envelopes, as sscep and certmonger use OpenSSL) and reading replies the way they
// do: `openssl cms -verify` against the published chain, then `openssl cms -decrypt` with the client key.
import { execFileSync } from 'node:child_process';
import { createHash, webcrypto } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CHALLENGE_PASSWORD, CMS_ATTRIBUTE, CONTENT_TYPE, SCEP_ATTRIBUTE } from './scep-oids';
import type { TestCertificate, TestKey, TestPki } from './scep-test-pki.test-helpers';

type Hash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

function withTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'scep-test-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const openssl = (args: string[]): void => {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
};

async function signingKey(key: TestKey, hash: Hash): Promise<CryptoKey> {
  const pkcs8 = key.privateKey.export({ type: 'pkcs8', format: 'der' });
  return (webcrypto as unknown as Crypto).subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['sign']);
}

export type ChallengeType = 'PrintableString' | 'Utf8String' | 'BmpString' | 'IA5String';

export async function buildCsr(key: TestKey, commonName: string, challenge?: { value: string; type: ChallengeType }): Promise<Uint8Array> {
  const csr = new pkijs.CertificationRequest();
  csr.subject.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: commonName }) }));
  await csr.subjectPublicKeyInfo.importKey(key.cryptoKeys.publicKey);
  if (challenge) {
    const value = new asn1js[challenge.type]({ value: challenge.value });
    csr.attributes = [new pkijs.Attribute({ type: CHALLENGE_PASSWORD, values: [value] })];
  }
  await csr.sign(key.cryptoKeys.privateKey, 'SHA-256');
  return new Uint8Array(csr.toSchema().toBER());
}

/** `openssl cms -encrypt` to `recipient`, PKCS#1 v1.5 key transport unless OAEP is asked for. */
export function opensslEnvelope(content: Uint8Array, recipient: TestCertificate, cipher: 'des3' | 'aes128' | 'aes256', oaepHash?: string): Uint8Array {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'in.der'), content);
    writeFileSync(join(dir, 'recipient.pem'), recipient.pem);
    const oaep = oaepHash ? ['-keyopt', 'rsa_padding_mode:oaep', '-keyopt', `rsa_oaep_md:${oaepHash}`, '-keyopt', `rsa_mgf1_md:${oaepHash}`] : [];
    openssl(['cms', '-encrypt', '-binary', `-${cipher}`, '-in', join(dir, 'in.der'), '-outform', 'DER', '-out', join(dir, 'out.der'), '-recip', join(dir, 'recipient.pem'), ...oaep]);
    return new Uint8Array(readFileSync(join(dir, 'out.der')));
  });
}

/** Rewrites an envelope's content-encryption algorithm, to present algorithms OpenSSL 3 no longer produces (single DES). */
export function withContentEncryption(envelope: Uint8Array, algorithmId: string, ivLength: number): Uint8Array {
  const contentInfo = pkijs.ContentInfo.fromBER(new Uint8Array(envelope));
  const envelopedData = new pkijs.EnvelopedData({ schema: contentInfo.content });
  envelopedData.encryptedContentInfo.contentEncryptionAlgorithm = new pkijs.AlgorithmIdentifier({
    algorithmId,
    algorithmParams: new asn1js.OctetString({ valueHex: new Uint8Array(ivLength) }),
  });
  return new Uint8Array(new pkijs.ContentInfo({ contentType: CONTENT_TYPE.envelopedData, content: envelopedData.toSchema() }).toSchema().toBER());
}

export interface ClientMessage {
  readonly envelope: Uint8Array;
  readonly messageType: number;
  readonly transactionId: string;
  readonly senderNonce: Uint8Array;
  readonly signer: TestCertificate;
  readonly hash?: Hash;
  /** Names another digest algorithm in the SignerInfo after signing, as a client with a weaker digest would. */
  readonly digestAlgorithmOid?: string;
}

const attribute = (type: string, value: asn1js.BaseBlock): pkijs.Attribute => new pkijs.Attribute({ type, values: [value] });

/** The pkiMessage SignedData as pkijs writes it: BER with a constructed eContent, sha*WithRSAEncryption. */
export async function buildPkiMessage(message: ClientMessage): Promise<Uint8Array> {
  const hash = message.hash ?? 'SHA-256';
  const signer = pkijs.Certificate.fromBER(new Uint8Array(message.signer.der));
  const digest = createHash(hash.replace('-', '').toLowerCase()).update(message.envelope).digest();
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: CONTENT_TYPE.data, eContent: new asn1js.OctetString({ valueHex: new Uint8Array(message.envelope) }) }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            attribute(CMS_ATTRIBUTE.contentType, new asn1js.ObjectIdentifier({ value: CONTENT_TYPE.data })),
            attribute(CMS_ATTRIBUTE.messageDigest, new asn1js.OctetString({ valueHex: digest })),
            attribute(SCEP_ATTRIBUTE.messageType, new asn1js.PrintableString({ value: String(message.messageType) })),
            attribute(SCEP_ATTRIBUTE.transactionId, new asn1js.PrintableString({ value: message.transactionId })),
            attribute(SCEP_ATTRIBUTE.senderNonce, new asn1js.OctetString({ valueHex: new Uint8Array(message.senderNonce) })),
          ],
        }),
      }),
    ],
    certificates: [signer],
  });
  await signedData.sign(await signingKey(message.signer.key, hash), 0, hash);
  if (message.digestAlgorithmOid) {
    signedData.signerInfos[0]!.digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: message.digestAlgorithmOid, algorithmParams: new asn1js.Null() });
  }
  return new Uint8Array(new pkijs.ContentInfo({ contentType: CONTENT_TYPE.signedData, content: signedData.toSchema(true) }).toSchema().toBER());
}

/** Re-encodes the outer ContentInfo, SignedData and encapContentInfo with indefinite lengths, as streaming BER writers do. */
export function withIndefiniteLengths(der: Uint8Array): Uint8Array {
  const contentInfo = asn1js.fromBER(new Uint8Array(der)).result as asn1js.Sequence;
  const explicit = contentInfo.valueBlock.value[1] as asn1js.Constructed;
  const signedData = explicit.valueBlock.value[0] as asn1js.Sequence;
  const encapContentInfo = signedData.valueBlock.value[2] as asn1js.Sequence;
  for (const block of [contentInfo, explicit, signedData, encapContentInfo]) {
    block.lenBlock.isIndefiniteForm = true;
    block.valueBlock.isIndefiniteForm = true;
  }
  return new Uint8Array(contentInfo.toBER());
}

export interface OpenedCertRep {
  readonly attributes: Record<string, string | Buffer>;
  readonly digestAlgorithmOid: string;
  readonly signatureAlgorithmOid: string;
  readonly embeddedCertificates: number;
  /** undefined when eContent is absent, empty for FAILURE/PENDING */
  readonly eContent: Uint8Array | undefined;
  readonly replyCipherOid: string | undefined;
  readonly issuedCertificates: x509.X509Certificate[];
}

function readAttributes(signerInfo: pkijs.SignerInfo): Record<string, string | Buffer> {
  const entries = (signerInfo.signedAttrs?.attributes ?? []).map((item): [string, string | Buffer] => {
    const value = item.values[0] as asn1js.BaseBlock;
    if (value instanceof asn1js.OctetString) return [item.type, Buffer.from(value.getValue())];
    if (value instanceof asn1js.ObjectIdentifier) return [item.type, value.valueBlock.toString()];
    return [item.type, (value as asn1js.PrintableString).valueBlock.value];
  });
  return Object.fromEntries(entries);
}

function readDegenerateCertificates(der: Uint8Array): x509.X509Certificate[] {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(der)).content });
  return (signedData.certificates ?? []).map((certificate) => new x509.X509Certificate(certificate.toSchema().toBER()));
}

/** Verifies the reply signature up to the root with OpenSSL, reads its attributes, and decrypts it with the client key. */
export function openCertRep(reply: Uint8Array, client: TestCertificate, pki: TestPki): OpenedCertRep {
  return withTempDir((dir) => {
    const path = (name: string) => join(dir, name);
    writeFileSync(path('reply.der'), reply);
    // The chain the client learnt from GetCACert; the reply itself carries only the RA certificate.
    writeFileSync(path('chain.pem'), `${pki.root.pem}\n${pki.issuing.pem}\n`);
    openssl(['cms', '-verify', '-inform', 'DER', '-in', path('reply.der'), '-CAfile', path('chain.pem'), '-purpose', 'any', '-binary', '-out', path('content.der')]);

    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(reply)).content });
    const signerInfo = signedData.signerInfos[0]!;
    const eContent = signedData.encapContentInfo.eContent as asn1js.OctetString | undefined;
    let replyCipherOid: string | undefined;
    let issuedCertificates: x509.X509Certificate[] = [];
    if (eContent && eContent.getValue().byteLength > 0) {
      const envelope = new pkijs.EnvelopedData({ schema: pkijs.ContentInfo.fromBER(readFileSync(path('content.der'))).content });
      replyCipherOid = envelope.encryptedContentInfo.contentEncryptionAlgorithm.algorithmId;
      writeFileSync(path('client.key'), client.key.privateKeyPem);
      writeFileSync(path('client.pem'), client.pem);
      openssl(['cms', '-decrypt', '-inform', 'DER', '-in', path('content.der'), '-inkey', path('client.key'), '-recip', path('client.pem'), '-binary', '-out', path('certs.der')]);
      issuedCertificates = readDegenerateCertificates(readFileSync(path('certs.der')));
    }
    return {
      attributes: readAttributes(signerInfo),
      digestAlgorithmOid: signerInfo.digestAlgorithm.algorithmId,
      signatureAlgorithmOid: signerInfo.signatureAlgorithm.algorithmId,
      embeddedCertificates: signedData.certificates?.length ?? 0,
      eContent: eContent && new Uint8Array(eContent.getValue()),
      replyCipherOid,
      issuedCertificates,
    };
  });
}
