// Upload shapes: base64 DER, PEM with several certificates, and a certs-only PKCS#7.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCertsOnlyPkcs7 } from './build-certs-only-pkcs7';
import { derToPem } from './encodings';
import { readUploadedCertificates } from './read-uploaded-certificates';
import { createIssuingCa, createKeyStore, createRootCa } from './test-support/test-ca';

let root: Awaited<ReturnType<typeof createRootCa>>;
let issuing: Awaited<ReturnType<typeof createIssuingCa>>;
const base64 = (der: Uint8Array) => Buffer.from(der).toString('base64');

beforeAll(async () => {
  const keyStore = createKeyStore();
  root = await createRootCa(keyStore, 'rsa2048');
  issuing = await createIssuingCa(keyStore, root, 'rsa2048');
});

describe('readUploadedCertificates', () => {
  it('reads base64 DER, PEM chains and PKCS#7 in file order', () => {
    expect(readUploadedCertificates(base64(root.der)).map(base64)).toEqual([base64(root.der)]);
    const pem = `${derToPem(issuing.der, 'CERTIFICATE')}${derToPem(root.der, 'CERTIFICATE')}`;
    expect(readUploadedCertificates(pem).map(base64)).toEqual([base64(issuing.der), base64(root.der)]);
    const p7b = buildCertsOnlyPkcs7([issuing.der, root.der]);
    expect(readUploadedCertificates(base64(p7b))).toHaveLength(2);
    expect(readUploadedCertificates(derToPem(p7b, 'PKCS7'))).toHaveLength(2);
  });

  it('refuses what is not a certificate', () => {
    expect(() => readUploadedCertificates('bm90IGEgY2VydGlmaWNhdGU=')).toThrow(/neither a certificate nor a PKCS#7/);
    expect(() => readUploadedCertificates('-----BEGIN PUBLIC KEY-----\nAA==\n-----END PUBLIC KEY-----')).toThrow(/no CERTIFICATE or PKCS7/);
  });
});
