// Issuance policy checks on a parsed CSR (1024-bit keys are never supported; RFC 2986 §3: verify the
// CSR's self-signature). Returns every problem, so a FAILURE reply and the audit log can name them all.
import { isStorableText } from '@/lib/text/storable-text';
import type { ParsedCertificationRequest } from './parse-certification-request';

export interface CertificationRequestPolicy {
  /** The issuing CA's key size is the upper bound for SCEP profiles under it. */
  maxRsaBits: number;
  minRsaBits?: number;
  allowedCurves?: readonly string[];
  isCommonNameRequired?: boolean;
}

export function checkCertificationRequest(
  request: ParsedCertificationRequest,
  policy: CertificationRequestPolicy,
): string[] {
  const { maxRsaBits, minRsaBits = 2048, allowedCurves = ['P-256', 'P-384'], isCommonNameRequired = true } = policy;
  const problems: string[] = [];
  if (!request.signatureValid) problems.push('The request signature does not verify with its public key');
  const key = request.publicKey;
  if (key.kty === 'RSA' && (key.modulusBits < minRsaBits || key.modulusBits > maxRsaBits)) {
    problems.push(`RSA key of ${key.modulusBits} bits; allowed are ${minRsaBits} to ${maxRsaBits} bits`);
  } else if (key.kty === 'EC' && !allowedCurves.includes(key.namedCurve)) {
    problems.push(`EC curve ${key.namedCurve} is not allowed; allowed are ${allowedCurves.join(', ')}`);
  } else if (key.kty === 'other') {
    problems.push(`Key algorithm ${key.algorithm} is not supported; use RSA or EC`);
  }
  if (isCommonNameRequired && !request.commonName?.trim()) problems.push('The subject has no common name (CN)');
  const names = [request.subjectName, ...request.subjectAlternativeNames.map((san) => san.value)];
  if (!names.every(isStorableText)) problems.push('The subject or a subject alternative name contains a NUL character or invalid UTF-16');
  return problems;
}
