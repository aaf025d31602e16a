// The seeds of the SCEP fuzzer: pkiMessages built with the repository's own SCEP client parts (lib/devices/scep-client,
// lib/scep's builders) that are valid CMS but wrong where a careless or hostile client would be wrong — broken CSRs in
// good envelopes, NUL bytes and invalid UTF-8 in the signed attributes, unknown message types and ciphers. Each seed
// names the answer it must get: a CertRep FAILURE with this failInfo (RFC 8894 §3.3.2.2) or an HTTP 400.
import { randomBytes, sign, type X509Certificate } from 'node:crypto';
import { buildCertificationRequest } from '@/lib/devices/scep-client/build-certification-request';
import type { ScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { buildSelfSignedCertificate } from '@/lib/devices/scep-client/build-self-signed-certificate';
import type { RequesterKey } from '@/lib/devices/scep-client/requester-key';
import { buildEnvelopedData } from '@/lib/scep/build-enveloped-data';
import { derAttribute, derOctetString, derPrintableString, derTlv, derUtf8String } from '@/lib/pki/der-writer';
import { nodeHashName, type ReplyDigest } from '@/lib/scep/resolve-digest-algorithm';
import { MESSAGE_TYPE, type FailInfo } from '@/lib/scep/scep-message-type';
import { SCEP_ATTRIBUTE } from '@/lib/scep/scep-oids';
import { signPkiMessage } from '@/lib/scep/sign-pki-message';
import { x509 } from '@/lib/pki/x509';

export interface FuzzSeed {
  readonly name: string;
  readonly der: Uint8Array;
  /** What this exact message must get (mutations of it may get any refusal). */
  readonly expected: { failInfo: FailInfo } | { status: 400 };
}

interface Parts {
  csr?: Uint8Array;
  envelope?: Uint8Array;
  messageType?: Uint8Array;
  transactionId?: Uint8Array;
  senderNonce?: Uint8Array | null;
}

/** `newChallenge`: a fresh one-time challenge, for the seeds that must get past the challenge to the CSR checks. */
export async function buildFuzzSeeds(server: ScepServer, key: RequesterKey, newChallenge: () => Promise<string>): Promise<FuzzSeed[]> {
  const subject = new x509.Name('CN=fuzz-device');
  const signerCertificateDer = await buildSelfSignedCertificate(key, subject);
  const csrWith = (challengePassword: string, name = subject) =>
    buildCertificationRequest({ key, subject: name, subjectAlternativeNames: [], challengePassword });
  const goodCsr = await csrWith('not-a-challenge-0000');
  const signer = {
    certificateDer: signerCertificateDer,
    sign: async (hash: ReplyDigest, data: Uint8Array) => sign(nodeHashName(hash), data, key.privateKey),
  };
  const message = (parts: Parts) => {
    const envelope = parts.envelope ?? buildEnvelopedData(parts.csr ?? goodCsr, server.ra as X509Certificate, server.cipher);
    const attributes = [
      derAttribute(SCEP_ATTRIBUTE.messageType, parts.messageType ?? derPrintableString(String(MESSAGE_TYPE.PKCSReq))),
      derAttribute(SCEP_ATTRIBUTE.transactionId, parts.transactionId ?? derPrintableString(randomBytes(16).toString('hex'))),
      ...(parts.senderNonce === null ? [] : [derAttribute(SCEP_ATTRIBUTE.senderNonce, parts.senderNonce ?? derOctetString(randomBytes(16)))]),
    ];
    return signPkiMessage({ content: envelope, attributes, digest: server.digest }, signer);
  };
  const truncated = goodCsr.subarray(0, goodCsr.length >> 1);
  const flipped = Uint8Array.from(goodCsr);
  flipped[flipped.length - 5]! ^= 0x40; // inside the CSR's signature
  const envelopeWithCipher = (oid: number[]) => {
    // The content-encryption OID of a real envelope swapped for another one of the same length.
    const envelope = Uint8Array.from(buildEnvelopedData(goodCsr, server.ra as X509Certificate, server.cipher));
    const aes = Buffer.from([0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01]);
    const at = Buffer.from(envelope).indexOf(aes);
    envelope.set(oid, at + 2);
    return envelope;
  };

  const seeds: [string, Parts, FuzzSeed['expected']][] = [
    ['valid envelope, wrong challenge', {}, { failInfo: 'badRequest' }],
    ['NUL byte in the challenge', { csr: await csrWith('abc\u0000def-0000000') }, { failInfo: 'badRequest' }],
    ['NUL byte in the subject, right challenge', { csr: await csrWith(await newChallenge(), new x509.Name([{ CN: ['fuzz\u0000device'] }])) }, { failInfo: 'badRequest' }],
    ['NUL byte in an organisation, right challenge', { csr: await csrWith(await newChallenge(), new x509.Name('CN=fuzz-device, O=Con\u0000toso')) }, { failInfo: 'badRequest' }],
    ['CSR of random bytes', { csr: new Uint8Array(randomBytes(300)) }, { failInfo: 'badRequest' }],
    ['truncated CSR', { csr: truncated }, { failInfo: 'badRequest' }],
    ['CSR with a broken signature', { csr: flipped }, { failInfo: 'badMessageCheck' }],
    ['empty CSR', { csr: new Uint8Array(0) }, { failInfo: 'badRequest' }],
    ['envelope of random bytes', { envelope: new Uint8Array(randomBytes(200)) }, { failInfo: 'badRequest' }],
    ['envelope with an unknown cipher', { envelope: envelopeWithCipher([0x2b, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x01, 0x01]) }, { failInfo: 'badAlg' }],
    ['NUL byte in the transactionID', { transactionId: derPrintableString('ab\u0000cd') }, { status: 400 }],
    ['invalid UTF-8 (a lone surrogate) in the transactionID', { transactionId: derTlv(0x0c, Uint8Array.of(0x61, 0xed, 0xa0, 0x80)) }, { status: 400 }],
    ['10,000-character transactionID', { transactionId: derUtf8String('t'.repeat(10_000)) }, { status: 400 }],
    ['messageType 999', { messageType: derPrintableString('999') }, { failInfo: 'badRequest' }],
    ['messageType CertRep', { messageType: derPrintableString('3') }, { failInfo: 'badRequest' }],
    ['messageType not a number', { messageType: derPrintableString('PKCSReq') }, { status: 400 }],
    ['messageType as a 300-byte INTEGER', { messageType: derTlv(0x02, Uint8Array.of(0x01, ...new Uint8Array(299))) }, { status: 400 }],
    ['senderNonce as a string', { senderNonce: derPrintableString('nonce') }, { status: 400 }],
    ['no senderNonce', { senderNonce: null }, { status: 400 }],
  ];
  return Promise.all(seeds.map(async ([name, parts, expected]) => ({ name, der: await message(parts), expected })));
}
