// One enrollment, one transaction: the leaf, its SCEP transaction record, its audit event and the consumed challenge
// are stored together or not at all, and of requests racing for one challenge exactly one gets a certificate.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '@/lib/db/repositories/audit-events';
import { listLeafCertificates } from '@/lib/db/repositories/leaf-certificate-list';
import { findUsableChallenge, insertChallenge } from '@/lib/db/repositories/scep-challenges';
import { findScepTransaction } from '@/lib/db/repositories/scep-transactions';
import { parseCertificationRequest } from '@/lib/pki/parse-certification-request';
import { x509 } from '@/lib/pki/x509';
import type { EnrollmentRequest } from '@/lib/scep/scep-authority';
import { createTestTenant, type TestTenant } from '../device-configurations/test-tenant.test-helpers';
import { enrollCertificate } from './enroll-certificate';
import { hashChallenge } from './hash-challenge';

const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 } as const;
let tenant: TestTenant;
let keys: CryptoKeyPair;

beforeAll(async () => {
  tenant = await createTestTenant();
  keys = await crypto.subtle.generateKey(RSA, false, ['sign', 'verify']);
});
afterAll(async () => {
  await tenant.handle.close();
});

async function newChallenge(): Promise<string> {
  const challenge = randomBytes(12).toString('hex');
  await insertChallenge(tenant.handle.db, { tenantId: tenant.tenantId, caId: tenant.issuing.id, challengeHash: hashChallenge(challenge), expiresDateTime: new Date(Date.now() + 60_000) });
  return challenge;
}

async function pkcsReq(challengePassword: string, commonName: string): Promise<EnrollmentRequest> {
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: `CN=${commonName}`,
    keys,
    signingAlgorithm: RSA,
    attributes: [new x509.ChallengePasswordAttribute(challengePassword)],
  });
  const csrDer = new Uint8Array(csr.rawData);
  return { messageType: 'PKCSReq', isRenewal: false, transactionId: randomBytes(8).toString('hex'), csr: parseCertificationRequest(csrDer), signerCertificateDer: csrDer };
}

const enroll = (request: EnrollmentRequest) =>
  enrollCertificate(tenant.handle.db, tenant.issuing, request, { issuer: tenant.issuingIssuer, publicUrl: 'http://pki.example.test' });
const leavesNamed = async (commonName: string) =>
  (await listLeafCertificates(tenant.handle.db, { tenantId: tenant.tenantId, search: commonName })).items;
const auditOf = async (transactionId: string) =>
  (await listAuditEvents(tenant.handle.db, { tenantId: tenant.tenantId, targetId: tenant.issuing.id, top: 500 })).items.filter(
    (event) => (event.summary as { transactionId?: string } | null)?.transactionId === transactionId,
  );

describe('enrollCertificate', () => {
  it('stores the leaf, a SUCCESS transaction and an audit event for one challenge, and refuses its second use', async () => {
    const challenge = await newChallenge();
    const first = await pkcsReq(challenge, 'once-device');
    expect(await enroll(first)).toMatchObject({ status: 'SUCCESS' });
    const [leaf, ...others] = await leavesNamed('once-device');
    expect(others).toHaveLength(0);
    expect(await findScepTransaction(tenant.handle.db, tenant.issuing.id, first.transactionId)).toMatchObject({ status: 'success', leafCertificateId: leaf?.id });
    expect(await auditOf(first.transactionId)).toMatchObject([{ activityResult: 'Success', summary: { serialNumber: leaf?.serialNumber } }]);

    const second = await pkcsReq(challenge, 'once-device');
    expect(await enroll(second)).toMatchObject({ status: 'FAILURE', failInfo: 'badRequest' });
    expect(await leavesNamed('once-device')).toHaveLength(1);
    expect(await findScepTransaction(tenant.handle.db, tenant.issuing.id, second.transactionId)).toMatchObject({ status: 'failure', failInfo: 'badRequest' });
  });

  it('gives exactly one of eight requests racing for one challenge a certificate', async () => {
    const challenge = await newChallenge();
    const requests = await Promise.all(Array.from({ length: 8 }, () => pkcsReq(challenge, 'race-device')));
    const results = await Promise.all(requests.map(enroll));
    expect(results.filter((result) => result.status === 'SUCCESS')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'FAILURE')).toHaveLength(7);
    expect(await leavesNamed('race-device')).toHaveLength(1);
  });

  it('writes nothing when a statement of the issuance fails: no leaf, no transaction record, the challenge still usable', async () => {
    const { db } = tenant.handle;
    const challenge = await newChallenge();
    const request = await pkcsReq(challenge, 'atomic-device');
    // The audit insert is the last statement of the issuance transaction: failing it must undo the ones before.
    await db.execute(sql.raw(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store down'; END $$`));
    await db.execute(sql.raw('CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_audit()'));
    try {
      await expect(enroll(request)).rejects.toThrow(/insert into "audit_events"/);
    } finally {
      await db.execute(sql.raw('DROP TRIGGER refuse_audit ON audit_events'));
      await db.execute(sql.raw('DROP FUNCTION refuse_audit()'));
    }
    expect(await leavesNamed('atomic-device')).toHaveLength(0);
    expect(await findScepTransaction(db, tenant.issuing.id, request.transactionId)).toBeUndefined();
    expect(await findUsableChallenge(db, tenant.issuing.id, hashChallenge(challenge), new Date())).toBeDefined();
    expect(await enroll(request)).toMatchObject({ status: 'SUCCESS' });
  });
});
