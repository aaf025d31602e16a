import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derToDataUri, derToPem, pemToDer, toDer } from './encodings';

const der = new Uint8Array([0x30, ...randomBytes(100)]);

describe('PEM', () => {
  it('wraps base64 at 64 columns and round-trips', () => {
    const pem = derToPem(der, 'CERTIFICATE');
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(lines.at(-1)).toBe('-----END CERTIFICATE-----');
    expect(lines.slice(1, -1).every((line) => line.length <= 64)).toBe(true);
    expect(pemToDer(pem, 'CERTIFICATE')).toEqual([der]);
  });

  it('reads every block of a label from a chain, skipping others', () => {
    const other = new Uint8Array([0x30, 1, 2]);
    const text = `junk\n${derToPem(der, 'CERTIFICATE')}${derToPem(other, 'X509 CRL')}${derToPem(other, 'CERTIFICATE')}`;
    expect(pemToDer(text, 'CERTIFICATE')).toEqual([der, other]);
    expect(pemToDer(text, 'X509 CRL')).toEqual([other]);
  });

  it('toDer accepts DER bytes, PEM bytes and PEM text', () => {
    const pem = derToPem(der, 'X509 CRL');
    expect(toDer(der, 'X509 CRL')).toEqual(der);
    expect(toDer(Buffer.from(pem), 'X509 CRL')).toEqual(der);
    expect(toDer(pem, 'X509 CRL')).toEqual(der);
    expect(() => toDer(pem, 'CERTIFICATE')).toThrow(/No CERTIFICATE PEM block/);
  });
});

describe('derToDataUri', () => {
  it('makes the data: URI Graph returns as certificateDownloadUrl', () => {
    expect(derToDataUri(der)).toBe(`data:application/x-x509-ca-cert;base64,${Buffer.from(der).toString('base64')}`);
  });
});
