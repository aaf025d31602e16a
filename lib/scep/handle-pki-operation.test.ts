import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { handlePkiOperation } from './handle-pki-operation';
import { MalformedScepMessageError } from './malformed-scep-message-error';
import { buildCertsOnlyPkcs7 } from '@/lib/pki/build-certs-only-pkcs7';
import { MESSAGE_TYPE } from './scep-message-type';
import { CMS_ATTRIBUTE, CONTENT_ENCRYPTION_ALGORITHM, DIGEST_ALGORITHM, RSA_ENCRYPTION, SCEP_ATTRIBUTE } from './scep-oids';
import { buildCsr, buildPkiMessage, openCertRep, opensslEnvelope, withContentEncryption, withIndefiniteLengths } from './scep-test-client.test-helpers';
import { createScepFixture, type ScepFixture } from './scep-test-fixture.test-helpers';
import { createFakeAuthority, createSelfSigned, createTestKey, issueCertificate, type TestCertificate } from './scep-test-pki.test-helpers';

let fixture: ScepFixture;

beforeAll(async () => {
  fixture = await createScepFixture();
});

const open = (reply: Uint8Array, recipient: TestCertificate = fixture.client) => openCertRep(reply, recipient, fixture.pki);

describe('PKCSReq', () => {
  it.each(['des3', 'aes256'] as const)('issues from a %s envelope and answers an AES CertRep the client can open', async (cipher) => {
    const authority = createFakeAuthority(fixture.pki);
    const { message, der } = await fixture.buildPkcsReq({ cipher });
    const reply = open(await handlePkiOperation(der, authority));

    expect(reply.attributes[SCEP_ATTRIBUTE.messageType]).toBe('3');
    expect(reply.attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('0');
    expect(reply.attributes[SCEP_ATTRIBUTE.transactionId]).toBe(message.transactionId);
    expect(reply.attributes[SCEP_ATTRIBUTE.recipientNonce]).toEqual(Buffer.from(message.senderNonce));
    expect(reply.attributes[SCEP_ATTRIBUTE.senderNonce]).toHaveLength(16);
    expect(reply.attributes[SCEP_ATTRIBUTE.senderNonce]).not.toEqual(Buffer.from(message.senderNonce));
    expect(reply.attributes).toHaveProperty(CMS_ATTRIBUTE.contentType); // BouncyCastle clients need it
    expect(reply.attributes).not.toHaveProperty(SCEP_ATTRIBUTE.failInfo);
    expect(reply.signatureAlgorithmOid).toBe(RSA_ENCRYPTION); // strongSwan
    expect(reply.digestAlgorithmOid).toBe(DIGEST_ALGORITHM.sha256);
    expect(reply.embeddedCertificates).toBe(1); // the RA certificate
    expect(reply.replyCipherOid).toBe(CONTENT_ENCRYPTION_ALGORITHM.aes256Cbc); // never answer in DES

    const [issued] = reply.issuedCertificates;
    expect(issued?.subject).toBe('CN=device-1');
    expect(await issued?.verify({ publicKey: fixture.pki.issuing.certificate })).toBe(true);
    expect(authority.enrollments[0]).toMatchObject({
      messageType: 'PKCSReq',
      isRenewal: false,
      transactionId: message.transactionId,
      csr: { challengePassword: 'Abc123-challenge', subjectName: 'CN=device-1', signatureValid: true },
    });
  });

  it('answers in the request cipher when it is AES, and with the request SHA-2 digest', async () => {
    const { der } = await fixture.buildPkcsReq({ cipher: 'aes128', hash: 'SHA-512' });
    const reply = open(await handlePkiOperation(der, createFakeAuthority(fixture.pki)));
    expect(reply.replyCipherOid).toBe(CONTENT_ENCRYPTION_ALGORITHM.aes128Cbc);
    expect(reply.digestAlgorithmOid).toBe(DIGEST_ALGORITHM.sha512);
    expect(reply.issuedCertificates).toHaveLength(1);
  });

  it('accepts a SHA-1 signed request and answers with SHA-256', async () => {
    const { der } = await fixture.buildPkcsReq({ hash: 'SHA-1' });
    const reply = open(await handlePkiOperation(der, createFakeAuthority(fixture.pki)));
    expect(reply.attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('0');
    expect(reply.digestAlgorithmOid).toBe(DIGEST_ALGORITHM.sha256);
  });

  it('opens an RSAES-OAEP envelope', async () => {
    const csr = await buildCsr(fixture.clientKey, 'device-1', { value: 'oaep', type: 'Utf8String' });
    const { der } = await fixture.buildPkcsReq({ envelope: opensslEnvelope(csr, fixture.pki.ra, 'aes256', 'sha256') });
    const authority = createFakeAuthority(fixture.pki);
    expect(open(await handlePkiOperation(der, authority)).attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('0');
    expect(authority.enrollments[0]?.csr.challengePassword).toBe('oaep');
  });

  it('reads a PrintableString challenge with characters outside its alphabet, as certmonger writes it', async () => {
    const authority = createFakeAuthority(fixture.pki);
    await handlePkiOperation((await fixture.buildPkcsReq({ challenge: '@$#";\\ pass' })).der, authority);
    expect(authority.enrollments[0]?.csr.challengePassword).toBe('@$#";\\ pass');
  });

  it('accepts indefinite-length BER (the request already carries a constructed eContent) and answers in DER', async () => {
    const ber = withIndefiniteLengths((await fixture.buildPkcsReq()).der);
    expect(Buffer.from(ber.subarray(0, 2)).toString('hex')).toBe('3080');
    const reply = await handlePkiOperation(ber, createFakeAuthority(fixture.pki));
    expect(open(reply).attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('0');
    const reencoded = execFileSync('openssl', ['cms', '-cmsout', '-inform', 'DER', '-outform', 'DER'], { input: reply });
    expect(Buffer.from(reply).equals(reencoded)).toBe(true);
  });

  it('throws MalformedScepMessageError for a PKCS#7 without SCEP attributes', async () => {
    const certsOnly = buildCertsOnlyPkcs7([fixture.pki.root.der]);
    await expect(handlePkiOperation(certsOnly, createFakeAuthority(fixture.pki))).rejects.toBeInstanceOf(MalformedScepMessageError);
  });
});

describe('refusals are CertRep replies', () => {
  async function expectFailure(der: Uint8Array, failInfo: string, authority = createFakeAuthority(fixture.pki), recipient?: TestCertificate) {
    const reply = open(await handlePkiOperation(der, authority), recipient);
    expect(reply.attributes[SCEP_ATTRIBUTE.messageType]).toBe('3');
    expect(reply.attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('2');
    expect(reply.attributes[SCEP_ATTRIBUTE.failInfo]).toBe(failInfo);
    expect(reply.eContent).toEqual(new Uint8Array()); // present and empty: certmonger
    return { reply, authority };
  }

  it('round-trips a FAILURE from the authority with failInfo and failInfoText', async () => {
    const authority = createFakeAuthority(fixture.pki, () => ({ status: 'FAILURE', failInfo: 'badRequest', reason: 'the challenge was already used' }));
    const { message, der } = await fixture.buildPkcsReq();
    const { reply } = await expectFailure(der, '2', authority);
    expect(reply.attributes[SCEP_ATTRIBUTE.failInfoText]).toBe('the challenge was already used');
    expect(reply.attributes[SCEP_ATTRIBUTE.transactionId]).toBe(message.transactionId);
    expect(reply.attributes[SCEP_ATTRIBUTE.recipientNonce]).toEqual(Buffer.from(message.senderNonce));
  });

  it('refuses single DES with badAlg without asking the authority', async () => {
    const csr = await buildCsr(fixture.clientKey, 'device-1');
    const envelope = withContentEncryption(opensslEnvelope(csr, fixture.pki.ra, 'aes256'), CONTENT_ENCRYPTION_ALGORITHM.desCbc, 8);
    const { authority } = await expectFailure((await fixture.buildPkcsReq({ envelope })).der, '0');
    expect(authority.enrollments).toHaveLength(0);
  });

  it('refuses an MD5 digest with badAlg', async () => {
    const { authority } = await expectFailure((await fixture.buildPkcsReq({ digestAlgorithmOid: DIGEST_ALGORITHM.md5 })).der, '0');
    expect(authority.enrollments).toHaveLength(0);
  });

  it('answers badMessageCheck when the signature does not verify', async () => {
    const impostor = { ...fixture.client, key: await createTestKey() }; // the client's certificate, someone else's key
    await expectFailure((await fixture.buildPkcsReq({ signer: impostor })).der, '1');
  });

  it('answers badMessageCheck when the envelope is for another key', async () => {
    const stranger = await createSelfSigned(await createTestKey(), 'CN=not the RA');
    const envelope = opensslEnvelope(await buildCsr(fixture.clientKey, 'device-1'), stranger, 'aes256');
    await expectFailure((await fixture.buildPkcsReq({ envelope })).der, '1');
  });

  it('answers badRequest to GetCRL, which is not supported', async () => {
    await expectFailure((await fixture.buildPkcsReq({ messageType: MESSAGE_TYPE.GetCRL })).der, '2');
  });

  it('answers PENDING with an empty eContent, then delivers on CertPoll', async () => {
    let isApproved = false;
    const authority = createFakeAuthority(
      fixture.pki,
      () => ({ status: 'PENDING' }),
      () => (isApproved ? { status: 'SUCCESS', certificateDer: fixture.pki.ra.der } : { status: 'PENDING' }),
    );
    const { message, der } = await fixture.buildPkcsReq();
    const pending = open(await handlePkiOperation(der, authority));
    expect(pending.attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('3');
    expect(pending.eContent).toEqual(new Uint8Array());

    isApproved = true;
    const poll = await buildPkiMessage({ ...message, messageType: MESSAGE_TYPE.CertPoll, senderNonce: randomBytes(16) });
    const delivered = open(await handlePkiOperation(poll, authority));
    expect(delivered.attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('0');
    expect(delivered.issuedCertificates[0]?.subject).toBe('CN=Test SCEP RA');
    expect(authority.polls[0]?.transactionId).toBe(message.transactionId);
  });
});

describe('RenewalReq', () => {
  async function renewalSignedBy(signer: TestCertificate, transactionId: string): Promise<Uint8Array> {
    const envelope = opensslEnvelope(await buildCsr(await createTestKey(), 'device-1'), fixture.pki.ra, 'aes256');
    return buildPkiMessage({ envelope, messageType: MESSAGE_TYPE.RenewalReq, transactionId, senderNonce: randomBytes(16), signer });
  }

  it('renews when signed by a valid certificate of this CA, exposing it to the authority', async () => {
    const certificate = await issueCertificate(fixture.pki.issuing, 'CN=device-1', fixture.clientKey.cryptoKeys.publicKey);
    const existing = { ...fixture.client, certificate, der: new Uint8Array(certificate.rawData), pem: certificate.toString('pem') };
    const authority = createFakeAuthority(fixture.pki);
    const reply = open(await handlePkiOperation(await renewalSignedBy(existing, 'renew-1'), authority), existing);
    expect(reply.attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('0');
    expect(authority.enrollments[0]).toMatchObject({ messageType: 'RenewalReq', isRenewal: true });
    expect(new x509.X509Certificate(new Uint8Array(authority.enrollments[0]!.signerCertificateDer)).serialNumber).toBe(certificate.serialNumber);
  });

  it('refuses a renewal signed by a certificate this CA did not issue with badMessageCheck', async () => {
    const authority = createFakeAuthority(fixture.pki);
    const reply = open(await handlePkiOperation(await renewalSignedBy(fixture.client, 'renew-2'), authority));
    expect(reply.attributes[SCEP_ATTRIBUTE.failInfo]).toBe('1');
    expect(authority.enrollments).toHaveLength(0);
  });

  it('refuses a renewal signed by an expired certificate with badTime', async () => {
    const validity = { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') };
    const certificate = await issueCertificate(fixture.pki.issuing, 'CN=device-1', fixture.clientKey.cryptoKeys.publicKey, validity);
    const expired = { ...fixture.client, certificate, der: new Uint8Array(certificate.rawData), pem: certificate.toString('pem') };
    const reply = open(await handlePkiOperation(await renewalSignedBy(expired, 'renew-3'), createFakeAuthority(fixture.pki)), expired);
    expect(reply.attributes[SCEP_ATTRIBUTE.failInfo]).toBe('3');
  });
});
