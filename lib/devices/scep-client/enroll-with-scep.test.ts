// The SCEP client against lib/scep's server handler, in-process through a fake fetch: discovery, PKCSReq over POST
// and GET, FAILURE replies as typed errors, and the reply checks a client owes (signer, transactionID, nonce).
import { describe, expect, it } from 'vitest';
import { parseCertificationRequest } from '@/lib/pki/parse-certification-request';
import { x509 } from '@/lib/pki/x509';
import { CONTENT_ENCRYPTION_ALGORITHM } from '@/lib/scep/scep-oids';
import { createFakeAuthority, createTestPki } from '@/lib/scep/scep-test-pki.test-helpers';
import { discoverScepServer } from './discover-scep-server';
import { enrollWithScep } from './enroll-with-scep';
import type { ScepEnrollmentRequest } from './prepare-pkcs-req';
import { generateRequesterKey } from './requester-key';
import { inProcessFetch, type RecordedRequest, SCEP_URL } from './scep-client.test-helpers';
import { ScepProtocolError } from './scep-protocol-error';
import { ScepRequestRefusedError } from './scep-request-refused-error';
import { httpScepTransport, type ScepTransport } from './scep-transport';

const subject = new x509.Name([{ '2.5.4.3': [{ utf8String: 'CONTOSO-LT-001' }] }]);

async function enrollment(challengePassword = 'Abc123-challenge'): Promise<ScepEnrollmentRequest> {
  return {
    key: await generateRequesterKey(2048),
    subject,
    subjectAlternativeNames: [
      { type: 'dns', value: 'contoso-lt-001.contoso.local' },
      { type: 'upn', value: 'adele.vance@contoso.local' },
    ],
    challengePassword,
  };
}

describe('SCEP client', async () => {
  const pki = await createTestPki();

  it('discovers the RA, the CA chain and the algorithms from GetCACaps and GetCACert', async () => {
    const server = await discoverScepServer(httpScepTransport(SCEP_URL, inProcessFetch(createFakeAuthority(pki))));
    expect(Buffer.from(server.ra.raw)).toEqual(Buffer.from(pki.ra.der));
    expect(server.caCertificates.map((certificate) => Buffer.from(certificate.raw))).toEqual([Buffer.from(pki.issuing.der), Buffer.from(pki.root.der)]);
    expect(server).toMatchObject({ digest: 'SHA-256', canPost: true, cipher: { oid: CONTENT_ENCRYPTION_ALGORITHM.aes256Cbc } });
  });

  it('enrolls with a POSTed PKCSReq: the CSR carries the challenge and the SANs, the certificate is for its key', async () => {
    const authority = createFakeAuthority(pki);
    const requests: RecordedRequest[] = [];
    const transport = httpScepTransport(SCEP_URL, inProcessFetch(authority, requests));
    const request = await enrollment();
    const certificateDer = await enrollWithScep(transport, await discoverScepServer(transport), request);

    const csr = await parseCertificationRequest(new Uint8Array(authority.enrollments[0]!.csr.der));
    expect(csr).toMatchObject({ challengePassword: 'Abc123-challenge', subjectName: 'CN=CONTOSO-LT-001', signatureValid: true });
    expect(csr.subjectAlternativeNames).toEqual([...request.subjectAlternativeNames]);
    const certificate = new x509.X509Certificate(new Uint8Array(certificateDer));
    expect(certificate.subject).toBe('CN=CONTOSO-LT-001');
    expect(Buffer.from(certificate.publicKey.rawData)).toEqual(Buffer.from(csr.publicKeySpki));
    expect(requests.at(-1)).toEqual({ method: 'POST', operation: 'PKIOperation' });
  });

  it('sends PKIOperation as GET with a base64 message when the server cannot take POST', async () => {
    const requests: RecordedRequest[] = [];
    const transport = httpScepTransport(SCEP_URL, inProcessFetch(createFakeAuthority(pki), requests));
    const server = { ...(await discoverScepServer(transport)), canPost: false };
    await expect(enrollWithScep(transport, server, await enrollment())).resolves.toBeInstanceOf(Uint8Array);
    expect(requests.at(-1)).toEqual({ method: 'GET', operation: 'PKIOperation' });
  });

  it('turns a FAILURE CertRep into a typed error with failInfo and failInfoText', async () => {
    const authority = createFakeAuthority(pki, () => ({ status: 'FAILURE', failInfo: 'badRequest', reason: 'The challenge password is wrong, expired or already used.' }));
    const transport = httpScepTransport(SCEP_URL, inProcessFetch(authority));
    const refusal = await enrollWithScep(transport, await discoverScepServer(transport), await enrollment()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ScepRequestRefusedError);
    expect(refusal).toMatchObject({ failInfo: 'badRequest', failInfoText: 'The challenge password is wrong, expired or already used.' });
  });

  it('refuses a reply signed by an RA other than the one GetCACert named', async () => {
    const transport = httpScepTransport(SCEP_URL, inProcessFetch(createFakeAuthority(pki)));
    const server = await discoverScepServer(transport);
    const impostor = httpScepTransport(SCEP_URL, inProcessFetch(createFakeAuthority(await createTestPki())));
    await expect(enrollWithScep(impostor, server, await enrollment())).rejects.toThrow(
      new ScepProtocolError('The CertRep is not signed by the RA or CA that GetCACert returned'),
    );
  });

  it('refuses a replayed CertRep: it answers another transactionID', async () => {
    const real = httpScepTransport(SCEP_URL, inProcessFetch(createFakeAuthority(pki)));
    const server = await discoverScepServer(real);
    let firstReply: Uint8Array<ArrayBuffer> | undefined;
    const replaying: ScepTransport = {
      get: real.get,
      post: async (operation, body) => {
        const reply = await real.post(operation, body);
        firstReply ??= reply.body;
        return { ...reply, body: firstReply };
      },
    };
    await enrollWithScep(replaying, server, await enrollment());
    await expect(enrollWithScep(replaying, server, await enrollment())).rejects.toThrow('The CertRep answers another transactionID');
  });

  it('reports an HTTP error of the server as a protocol error', async () => {
    const transport = httpScepTransport(SCEP_URL, async () => new Response('No SCEP service at this address\n', { status: 404 }));
    await expect(discoverScepServer(transport)).rejects.toThrow(new ScepProtocolError('GetCACaps answered HTTP 404: No SCEP service at this address'));
  });
});
