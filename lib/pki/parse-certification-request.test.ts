import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derToPem, toDer } from './encodings';
import { parseCertificationRequest } from './parse-certification-request';
import { createScratch, type Scratch } from './test-support/openssl';
import { nodeCrypto, x509 } from './x509';

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratch();
});
afterAll(() => scratch.remove());

const OPENSSL_REQUEST_CONFIG = `
[req]
prompt = no
distinguished_name = dn
attributes = attrs
req_extensions = ext
[dn]
O = Contoso
CN = device-42
[attrs]
challengePassword = A1b2C3d4E5f6
[ext]
subjectAltName = @sans
[sans]
DNS.1 = device-42.contoso.test
email.1 = user@contoso.test
URI.1 = urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e
otherName.1 = 1.3.6.1.4.1.311.20.2.3;UTF8:user@contoso.test
`;

/** A CSR with a hand-made challengePassword value (DER of any ASN.1 string), as odd clients send them. */
async function csrWithChallenge(valueDer: Uint8Array<ArrayBuffer>): Promise<string> {
  const keys = (await nodeCrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: 'CN=lenient',
    keys,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
    attributes: [new x509.Attribute('1.2.840.113549.1.9.7', [valueDer])],
  });
  return csr.toString('pem');
}

const asn1String = (tag: number, bytes: Buffer): Uint8Array<ArrayBuffer> =>
  new Uint8Array([tag, bytes.length, ...bytes]);

describe('parseCertificationRequest', () => {
  let pem: string;
  beforeAll(() => {
    scratch.write('req.cnf', OPENSSL_REQUEST_CONFIG);
    const args = ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-config', 'req.cnf'];
    const result = scratch.openssl(args);
    expect(result.status, result.stderr).toBe(0);
    pem = result.stdout;
  });

  it('reads subject, key, SANs and challengePassword from an openssl CSR', async () => {
    const csr = await parseCertificationRequest(pem);
    expect(csr.signatureValid).toBe(true);
    expect(csr.subjectName).toBe('O=Contoso,CN=device-42');
    expect(csr.commonName).toBe('device-42');
    expect(csr.publicKey).toEqual({ kty: 'RSA', modulusBits: 2048 });
    expect(csr.challengePassword).toBe('A1b2C3d4E5f6');
    expect(csr.subjectAlternativeNames).toEqual([
      { type: 'dns', value: 'device-42.contoso.test' },
      { type: 'email', value: 'user@contoso.test' },
      { type: 'uri', value: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e' },
      { type: 'upn', value: 'user@contoso.test' },
    ]);
    expect(new x509.Name(csr.subjectDer).toString()).toBe('O=Contoso, CN=device-42');
  });

  it('accepts DER bytes and the NEW CERTIFICATE REQUEST label', async () => {
    const der = toDer(pem, 'CERTIFICATE REQUEST');
    expect((await parseCertificationRequest(der)).commonName).toBe('device-42');
    const legacy = derToPem(der, 'CERTIFICATE REQUEST').replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST');
    expect((await parseCertificationRequest(Buffer.from(legacy))).commonName).toBe('device-42');
  });

  it('flags a tampered signature as invalid', async () => {
    const der = toDer(pem, 'CERTIFICATE REQUEST');
    der[der.length - 5]! ^= 0x01;
    expect((await parseCertificationRequest(der)).signatureValid).toBe(false);
  });

  it('reads an EC key', async () => {
    const result = scratch.openssl([
      'req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384', '-nodes', '-keyout', 'ec.pem',
      '-subj', '/CN=ec',
    ]);
    const csr = await parseCertificationRequest(result.stdout);
    expect(csr.publicKey).toEqual({ kty: 'EC', namedCurve: 'P-384' });
    expect(csr.signatureValid).toBe(true);
    expect(csr.challengePassword).toBeUndefined();
    expect(csr.subjectAlternativeNames).toEqual([]);
  });

  it.each([
    // certmonger writes these characters into a PrintableString, outside its alphabet.
    ['PrintableString with @ $ # " ; \\', asn1String(0x13, Buffer.from('p@$s#"w;\\d')), 'p@$s#"w;\\d'],
    ['UTF8String', asn1String(0x0c, Buffer.from('pässwörd', 'utf8')), 'pässwörd'],
    ['IA5String', asn1String(0x16, Buffer.from('ia5-secret')), 'ia5-secret'],
    ['BMPString', asn1String(0x1e, Buffer.from('bmp', 'utf16le').swap16()), 'bmp'],
  ])('reads a challengePassword in a %s', async (_, valueDer, expected) => {
    const csr = await parseCertificationRequest(await csrWithChallenge(valueDer));
    expect(csr.challengePassword).toBe(expected);
    expect(csr.signatureValid).toBe(true);
  });
});
