// The PKCS#10 request inside a PKCSReq/RenewalReq (RFC 8894 §3.3.1, RFC 2986): its self-signature is
// checked here (proof of possession), and its challengePassword (PKCS#9, RFC 2985 §5.4.1) is read
// leniently — any DirectoryString, whatever characters the client put in it.
import { createPublicKey, verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { checkBerShape } from '@/lib/pki/check-ber-shape';
import { readDirectoryString } from './read-directory-string';
import { nodeHashName } from './resolve-digest-algorithm';
import { resolveSignatureHash } from './resolve-signature-hash';
import { CHALLENGE_PASSWORD } from './scep-oids';
import { ScepFailureError } from './scep-failure-error';

export interface CertificationRequestSummary {
  readonly challengePassword: string | undefined;
}

function parse(der: Uint8Array): pkijs.CertificationRequest {
  try {
    checkBerShape(der);
    return pkijs.CertificationRequest.fromBER(new Uint8Array(der));
  } catch {
    throw new ScepFailureError('badRequest', 'the envelope does not hold a PKCS#10 certification request');
  }
}

function hasValidSelfSignature(csr: pkijs.CertificationRequest): boolean {
  const hash = resolveSignatureHash(csr.signatureAlgorithm.algorithmId);
  try {
    const publicKey = createPublicKey({ key: Buffer.from(csr.subjectPublicKeyInfo.toSchema().toBER()), format: 'der', type: 'spki' });
    return verify(hash && nodeHashName(hash), csr.tbsView, publicKey, csr.signatureValue.valueBlock.valueHexView);
  } catch {
    return false; // an unreadable key or signature is not a proof of possession
  }
}

export function readCertificationRequest(der: Uint8Array): CertificationRequestSummary {
  const csr = parse(der);
  if (!hasValidSelfSignature(csr)) throw new ScepFailureError('badMessageCheck', 'the CSR signature does not verify');
  const challenge = csr.attributes?.find((attribute) => attribute.type === CHALLENGE_PASSWORD)?.values[0];
  return { challengePassword: challenge instanceof asn1js.BaseBlock ? readDirectoryString(challenge) : undefined };
}
