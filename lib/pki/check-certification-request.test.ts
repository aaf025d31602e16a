import { describe, expect, it } from 'vitest';
import { checkCertificationRequest } from './check-certification-request';
import type { ParsedCertificationRequest } from './parse-certification-request';

const request = (overrides: Partial<ParsedCertificationRequest>): ParsedCertificationRequest => ({
  der: new Uint8Array(),
  subjectDer: new Uint8Array(),
  subjectName: 'CN=device',
  commonName: 'device',
  publicKeySpki: new Uint8Array(),
  publicKey: { kty: 'RSA', modulusBits: 2048 },
  subjectAlternativeNames: [],
  signatureAlgorithmOid: '1.2.840.113549.1.1.11',
  signatureValid: true,
  ...overrides,
});

describe('checkCertificationRequest', () => {
  it('passes a well-formed RSA-2048 or P-256 request', () => {
    expect(checkCertificationRequest(request({}), { maxRsaBits: 4096 })).toEqual([]);
    const ec = request({ publicKey: { kty: 'EC', namedCurve: 'P-256' } });
    expect(checkCertificationRequest(ec, { maxRsaBits: 2048 })).toEqual([]);
  });

  it('names every problem at once', () => {
    const problems = checkCertificationRequest(
      request({ signatureValid: false, commonName: undefined, publicKey: { kty: 'RSA', modulusBits: 1024 } }),
      { maxRsaBits: 4096 },
    );
    expect(problems).toEqual([
      'The request signature does not verify with its public key',
      'RSA key of 1024 bits; allowed are 2048 to 4096 bits',
      'The subject has no common name (CN)',
    ]);
  });

  it('refuses names PostgreSQL cannot store: a NUL byte or a lone surrogate in the subject or a SAN', () => {
    const problem = 'The subject or a subject alternative name contains a NUL character or invalid UTF-16';
    expect(checkCertificationRequest(request({ subjectName: 'CN=dev\u0000ice' }), { maxRsaBits: 4096 })).toEqual([problem]);
    const san = request({ subjectAlternativeNames: [{ type: 'dns', value: 'a\ud800.example' }] });
    expect(checkCertificationRequest(san, { maxRsaBits: 4096 })).toEqual([problem]);
  });

  it('bounds RSA by the CA key size and EC by the allowed curves', () => {
    const problemsWith = (publicKey: ParsedCertificationRequest['publicKey'], maxRsaBits: number) =>
      checkCertificationRequest(request({ publicKey }), { maxRsaBits });
    expect(problemsWith({ kty: 'RSA', modulusBits: 4096 }, 2048)).toEqual([
      'RSA key of 4096 bits; allowed are 2048 to 2048 bits',
    ]);
    expect(problemsWith({ kty: 'EC', namedCurve: 'P-521' }, 4096)).toEqual([
      'EC curve P-521 is not allowed; allowed are P-256, P-384',
    ]);
    expect(problemsWith({ kty: 'other', algorithm: 'Ed25519' }, 4096)).toEqual([
      'Key algorithm Ed25519 is not supported; use RSA or EC',
    ]);
  });

  it('lets a policy waive the common name', () => {
    const policy = { maxRsaBits: 4096, isCommonNameRequired: false };
    expect(checkCertificationRequest(request({ commonName: ' ' }), policy)).toEqual([]);
  });
});
