import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleScepRequest, type ScepRequest } from './handle-scep-request';
import { SCEP_ATTRIBUTE } from './scep-oids';
import { openCertRep } from './scep-test-client.test-helpers';
import { createScepFixture, type ScepFixture } from './scep-test-fixture.test-helpers';
import { createFakeAuthority } from './scep-test-pki.test-helpers';

let fixture: ScepFixture;

beforeAll(async () => {
  fixture = await createScepFixture();
});

describe('GetCACaps and GetCACert', () => {
  it('lists the capabilities one per line as text/plain', async () => {
    const response = await handleScepRequest({ method: 'GET', operation: 'GetCACaps', message: null }, createFakeAuthority(fixture.pki));
    expect(response).toMatchObject({ status: 200, contentType: expect.stringMatching(/^text\/plain/) });
    const lines = String(response.body).trim().split('\n');
    expect(lines).toEqual(expect.arrayContaining(['POSTPKIOperation', 'SHA-256', 'SHA-384', 'SHA-512', 'AES', 'SCEPStandard', 'Renewal']));
    expect(lines).not.toContain('GetNextCACert');
  });

  it('answers a degenerate PKCS#7 with the RA, issuing CA and root, in that order', async () => {
    const response = await handleScepRequest({ method: 'GET', operation: 'GetCACert', message: 'any-ca' }, createFakeAuthority(fixture.pki));
    expect(response).toMatchObject({ status: 200, contentType: 'application/x-x509-ca-ra-cert' });
    const printed = execFileSync('openssl', ['pkcs7', '-inform', 'DER', '-print_certs', '-noout'], { input: response.body as Uint8Array }).toString();
    const subjects = [...printed.matchAll(/subject=(.*)/g)].map((match) => match[1]?.trim());
    expect(subjects).toEqual(['CN = Test SCEP RA', 'CN = Test Issuing CA', 'CN = Test Root CA']);
  });

  it('matches operation names case-insensitively', async () => {
    const response = await handleScepRequest({ method: 'GET', operation: 'getcacaps', message: null }, createFakeAuthority(fixture.pki));
    expect(response.status).toBe(200);
  });
});

describe('PKIOperation', () => {
  it('answers a POST with application/x-pki-message', async () => {
    const { der } = await fixture.buildPkcsReq();
    const response = await handleScepRequest({ method: 'POST', operation: 'PKIOperation', body: der }, createFakeAuthority(fixture.pki));
    expect(response).toMatchObject({ status: 200, contentType: 'application/x-pki-message' });
    expect(openCertRep(response.body as Uint8Array, fixture.client, fixture.pki).attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('0');
  });

  it('treats GET with a base64 message exactly like POST', async () => {
    const authority = createFakeAuthority(fixture.pki);
    const { message, der } = await fixture.buildPkcsReq();
    // A client that neither escapes '+' nor avoids line breaks: form decoding turns '+' into spaces.
    const wrapped = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n');
    const decoded = new URLSearchParams(`message=${wrapped}`).get('message');
    expect(decoded).toContain(' ');
    const response = await handleScepRequest({ method: 'GET', operation: 'PKIOperation', message: decoded }, authority);
    expect(response).toMatchObject({ status: 200, contentType: 'application/x-pki-message' });
    const reply = openCertRep(response.body as Uint8Array, fixture.client, fixture.pki);
    expect(reply.attributes[SCEP_ATTRIBUTE.pkiStatus]).toBe('0');
    expect(reply.attributes[SCEP_ATTRIBUTE.transactionId]).toBe(message.transactionId);
    expect(authority.enrollments).toHaveLength(1);
  });
});

describe('bad requests get 400, never 500', () => {
  it.each<[string, ScepRequest]>([
    ['garbage POST body', { method: 'POST', operation: 'PKIOperation', body: new TextEncoder().encode('hello, world') }],
    ['empty POST body', { method: 'POST', operation: 'PKIOperation', body: new Uint8Array() }],
    ['GET without message', { method: 'GET', operation: 'PKIOperation', message: null }],
    ['GET with non-base64 message', { method: 'GET', operation: 'PKIOperation', message: 'not base64 at all!' }],
    ['GET with base64 of garbage', { method: 'GET', operation: 'PKIOperation', message: Buffer.from('garbage').toString('base64') }],
    ['unknown operation', { method: 'GET', operation: 'GetNextCACert', message: null }],
    ['missing operation', { method: 'GET', operation: null, message: null }],
  ])('%s', async (_name, request) => {
    const response = await handleScepRequest(request, createFakeAuthority(fixture.pki));
    expect(response.status).toBe(400);
    expect(response.contentType).toMatch(/^text\/plain/);
    expect(typeof response.body).toBe('string');
  });
});

describe('malformed pkiMessages get 400 before any decoder can throw', () => {
  const post = (body: Uint8Array): ScepRequest => ({ method: 'POST', operation: 'PKIOperation', body });

  it.each([
    ['a NUL byte', 'ab\u0000cd'],
    ['a control character', 'ab\u001bcd'],
    ['256 characters', 't'.repeat(256)],
  ])('a transactionID with %s', async (_name, transactionId) => {
    const { der } = await fixture.buildPkcsReq({ transactionId });
    const authority = createFakeAuthority(fixture.pki);
    const response = await handleScepRequest(post(der), authority);
    expect(response).toMatchObject({ status: 400, body: expect.stringMatching(/transactionID/) });
    expect(authority.enrollments).toHaveLength(0);
  });

  it('a hundred thousand nested SEQUENCEs (asn1js alone would overflow the stack)', async () => {
    const depth = 100_000;
    const body = new Uint8Array(depth * 4 + 2);
    for (let level = 0; level < depth; level += 1) body.set([0x30, 0x80], level * 2);
    body.set([0x05, 0x00], depth * 2);
    expect(await handleScepRequest(post(body), createFakeAuthority(fixture.pki))).toMatchObject({ status: 400, body: expect.stringMatching(/nested deeper/) });
  });

  it('a SEQUENCE claiming 2^63 bytes', async () => {
    const body = Uint8Array.of(0x30, 0x88, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x01);
    expect((await handleScepRequest(post(body), createFakeAuthority(fixture.pki))).status).toBe(400);
  });
});
