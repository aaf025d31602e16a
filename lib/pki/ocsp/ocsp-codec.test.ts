// The OCSP codec against OpenSSL: `openssl ocsp` writes the requests, and verifies the responses' signature,
// delegated signer, nonce and status exactly as a relying party would (RFC 6960).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLeafCertificate } from '../build-leaf-certificate';
import { MAX_BER_DEPTH } from '../check-ber-shape';
import { buildOcspSigningCertificate } from '../build-ocsp-signing-certificate';
import { keyStoreSigner } from '../certificate-signer';
import { derToPem } from '../encodings';
import { caKeyProfileOf } from '../key-specs';
import type { TCertificateKeySize } from '@/lib/schemas/certification-authority';
import { createScratch, type Scratch } from '../test-support/openssl';
import { createIssuingCa, createKeyStore, createRootCa, ISSUING_CERT_URL, ISSUING_CRL_URL } from '../test-support/test-ca';
import { buildOcspErrorResponse, buildOcspResponse, type OcspCertificateStatus } from './build-ocsp-response';
import { isIssuedBy } from './certificate-id-hashes';
import { MalformedOcspRequestError, readOcspRequest } from './read-ocsp-request';

const keyStore = createKeyStore();
let scratch: Scratch;
afterAll(() => scratch.remove());
beforeAll(() => {
  scratch = createScratch();
});

async function hierarchy(keySize: TCertificateKeySize, name: string) {
  const root = await createRootCa(keyStore, keySize);
  const issuing = await createIssuingCa(keyStore, root, keySize);
  const leafKey = await keyStore.createKey(caKeyProfileOf(keySize).keySpec);
  const leaf = await buildLeafCertificate({
    issuer: issuing.issuer,
    subject: new Uint8Array([0x30, 0x00]),
    subjectAlternativeNames: [{ type: 'dns', value: `${name}.example.test` }],
    subjectPublicKeySpki: leafKey.publicKeySpki,
    extendedKeyUsages: ['1.3.6.1.5.5.7.3.2'],
    notAfter: new Date(Date.now() + 86_400_000),
    crlDistributionPointUrl: ISSUING_CRL_URL,
    caIssuersUrl: ISSUING_CERT_URL,
  });
  const profile = caKeyProfileOf(keySize);
  const signerKey = await keyStore.createKey(profile.keySpec);
  const responder = await buildOcspSigningCertificate({ issuer: issuing.issuer, subjectPublicKeySpki: signerKey.publicKeySpki });
  const signer = await keyStoreSigner(keyStore, signerKey.keyUri, profile.signingAlgorithm);
  for (const [file, der] of [['root', root.der], ['issuing', issuing.der], ['leaf', leaf.der], ['responder', responder.der]] as const) {
    scratch.write(`${name}-${file}.pem`, derToPem(der, 'CERTIFICATE'));
  }
  return { issuing, leaf, responder, signer };
}

async function answer(
  pki: Awaited<ReturnType<typeof hierarchy>>,
  name: string,
  certificateStatus: OcspCertificateStatus,
  { withNonce, echoNonce = true }: { withNonce: boolean; echoNonce?: boolean },
) {
  const made = scratch.openssl(['ocsp', '-issuer', `${name}-issuing.pem`, '-cert', `${name}-leaf.pem`, '-reqout', `${name}-req.der`, ...(withNonce ? [] : ['-no_nonce'])]);
  expect(made.status, made.stderr).toBe(0);
  const request = readOcspRequest(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(scratch.path(`${name}-req.der`)))));
  const [certificateId] = request.certificateIds;
  expect(certificateId && isIssuedBy(certificateId, pki.issuing.der)).toBe(true);
  expect(certificateId?.serialNumber).toBe(pki.leaf.summary.serialNumber);
  const now = new Date();
  const response = await buildOcspResponse({
    signer: pki.signer,
    responderCertificate: pki.responder.der,
    producedAt: now,
    responses: [{ certificateIdDer: certificateId!.der, certificateStatus, thisUpdate: now, nextUpdate: new Date(now.getTime() + 3_600_000) }],
    nonce: echoNonce ? request.nonce : undefined,
  });
  scratch.write(`${name}-resp.der`, response);
  const trust = ['-CAfile', `${name}-root.pem`, '-verify_other', `${name}-issuing.pem`];
  // Two runs: with -cert, openssl builds a request of its own and ignores -reqin. So the first checks signature
  // and nonce against the request sent, the second prints the status of the certificate.
  const signatureAndNonce = scratch.openssl(['ocsp', '-reqin', `${name}-req.der`, '-respin', `${name}-resp.der`, ...trust]);
  const status = scratch.openssl([
    'ocsp', '-no_nonce', '-respin', `${name}-resp.der`, '-issuer', `${name}-issuing.pem`, '-cert', `${name}-leaf.pem`, ...trust, '-resp_text',
  ]);
  return { stdout: signatureAndNonce.stdout + status.stdout, stderr: signatureAndNonce.stderr + status.stderr };
}

describe('OCSP responses verified by openssl', () => {
  it('good, with the nonce echoed, signed by the delegated EC responder', async () => {
    const pki = await hierarchy('eCP256', 'ec');
    const result = await answer(pki, 'ec', { status: 'good' }, { withNonce: true });
    expect(result.stderr).toContain('Response verify OK');
    expect(result.stdout).toMatch(/ec-leaf\.pem: good/);
    expect(result.stdout).toContain('OCSP Nonce');
    expect(result.stdout).not.toContain('WARNING: no nonce');
  });

  it('revoked with reason and time, RSA, without a nonce', async () => {
    const pki = await hierarchy('rsa2048', 'rsa');
    const revocationTime = new Date('2026-03-01T10:00:00Z');
    const result = await answer(pki, 'rsa', { status: 'revoked', revocationTime, reason: 'keyCompromise' }, { withNonce: false });
    expect(result.stderr).toContain('Response verify OK');
    expect(result.stdout).toMatch(/rsa-leaf\.pem: revoked/);
    expect(result.stdout).toContain('Reason: keyCompromise');
    expect(result.stdout).toContain('Revocation Time: Mar  1 10:00:00 2026 GMT');
  });

  it('a response that does not echo the nonce is flagged', async () => {
    const pki = await hierarchy('eCP256', 'noecho');
    const result = await answer(pki, 'noecho', { status: 'good' }, { withNonce: true, echoNonce: false });
    expect(result.stderr).toContain('WARNING: no nonce in response');
  });

  it('unknown', async () => {
    const pki = await hierarchy('eCP256', 'unk');
    const result = await answer(pki, 'unk', { status: 'unknown' }, { withNonce: true });
    expect(result.stderr).toContain('Response verify OK');
    expect(result.stdout).toMatch(/unk-leaf\.pem: unknown/);
  });

  it('the delegated signer carries id-kp-OCSPSigning and id-pkix-ocsp-nocheck', () => {
    const result = scratch.openssl(['x509', '-in', 'ec-responder.pem', '-noout', '-text']);
    expect(result.stdout).toMatch(/Extended Key Usage:\s+OCSP Signing/);
    expect(result.stdout).toContain('OCSP No Check');
    expect(result.stdout).toMatch(/Subject: C = GB, O = Contoso, CN = Test Issuing CA OCSP Signer/);
  });
});

describe('error responses and hostile requests', () => {
  it('an error status carries no responseBytes', () => {
    scratch.write('malformed.der', buildOcspErrorResponse('malformedRequest'));
    const result = scratch.openssl(['ocsp', '-respin', 'malformed.der', '-resp_text', '-noverify']);
    expect(result.stdout + result.stderr).toMatch(/malformedrequest \(1\)/i);
  });

  it.each([
    ['empty', new Uint8Array()],
    ['not DER', new Uint8Array([0xff, 0x01, 0x02])],
    ['a DER NULL', new Uint8Array([0x05, 0x00])],
    ['an empty SEQUENCE', new Uint8Array([0x30, 0x00])],
    ['trailing bytes', new Uint8Array([0x30, 0x00, 0x00])],
  ])('%s is malformed', (_name, der) => {
    expect(() => readOcspRequest(der)).toThrow(MalformedOcspRequestError);
  });

  it('refuses nesting deeper than any request before asn1js recurses into it', () => {
    const depth = MAX_BER_DEPTH + 1;
    const nested = new Uint8Array(depth * 4); // 30 80 … 00 00: indefinite-length SEQUENCEs, ended by the zeros
    for (let level = 0; level < depth; level++) nested.set([0x30, 0x80], level * 2);
    expect(() => readOcspRequest(nested)).toThrow(`ASN.1 nested deeper than ${MAX_BER_DEPTH} levels`);
  });
});
