// PKCS#10 requests as SCEP clients send them (RFC 2986), parsed once: one pkijs decode gives the subject, the key,
// the requested SANs and the challengePassword, and node:crypto checks the self-signature over the bytes as sent.
// challengePassword is read leniently (certmonger puts @ $ # " ; \ into a PrintableString, others use IA5String),
// so odd string types cannot make the parse fail. The BER shape is bounded before asn1js recurses into it.
import { createPublicKey, verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { checkBerShape } from './check-ber-shape';
import { toDer } from './encodings';
import { describePublicKey, type PublicKeyInfo } from './public-key-info';
import { readDirectoryString } from './read-directory-string';
import { nodeHashName, signatureHashOf } from './signature-hash';
import { readSubjectAlternativeNames, type SubjectAlternativeName } from './subject-alternative-names';
import { commonNameOf, formatSubjectName } from './subject-name';
import { x509 } from './x509';

export interface ParsedCertificationRequest {
  der: Uint8Array<ArrayBuffer>;
  /** DER of the subject Name as sent, to pass to buildLeafCertificate unchanged. */
  subjectDer: Uint8Array<ArrayBuffer>;
  subjectName: string;
  commonName?: string;
  publicKeySpki: Uint8Array<ArrayBuffer>;
  publicKey: PublicKeyInfo;
  subjectAlternativeNames: SubjectAlternativeName[];
  challengePassword?: string;
  signatureAlgorithmOid: string;
  /** False too when the algorithm is unknown or the key cannot be read: unverifiable is not a proof of possession. */
  signatureValid: boolean;
}

const ID_CHALLENGE_PASSWORD = '1.2.840.113549.1.9.7';
// RFC 2985 §5.4.2 extensionRequest, and Microsoft's older msExtReq that some Windows-era clients still send.
const EXTENSION_REQUEST_OIDS = new Set(['1.2.840.113549.1.9.14', '1.3.6.1.4.1.311.2.1.14']);
const ID_CE_SUBJECT_ALT_NAME = '2.5.29.17';

function attributeValues(request: pkijs.CertificationRequest, oids: Set<string>): unknown[] {
  return (request.attributes ?? [])
    .filter((attribute) => oids.has(attribute.type))
    .flatMap((attribute) => attribute.values);
}

/** Any ASN.1 string type, decoded by its own rules; the alphabet of PrintableString is deliberately not enforced. */
function readChallengePassword(request: pkijs.CertificationRequest): string | undefined {
  const [value] = attributeValues(request, new Set([ID_CHALLENGE_PASSWORD]));
  return value instanceof asn1js.BaseBlock ? readDirectoryString(value) : undefined;
}

function readRequestedSubjectAlternativeNames(request: pkijs.CertificationRequest): SubjectAlternativeName[] {
  return attributeValues(request, EXTENSION_REQUEST_OIDS).flatMap((extensions) =>
    extensions instanceof asn1js.Sequence
      ? extensions.valueBlock.value.flatMap((extension) => {
          const der = extension.toBER(false);
          return new x509.Extension(der).type === ID_CE_SUBJECT_ALT_NAME ? readSubjectAlternativeNames(der) : [];
        })
      : [],
  );
}

function isSignatureValid(request: pkijs.CertificationRequest, publicKeySpki: Uint8Array): boolean {
  const hash = signatureHashOf(request.signatureAlgorithm.algorithmId);
  if (hash === undefined) return false;
  try {
    const publicKey = createPublicKey({ key: Buffer.from(publicKeySpki), format: 'der', type: 'spki' });
    return verify(hash && nodeHashName(hash), request.tbsView, publicKey, request.signatureValue.valueBlock.valueHexView);
  } catch {
    return false; // a key or signature OpenSSL cannot read
  }
}

/** Throws when the input is not a PKCS#10 request at all; a bad signature is `signatureValid: false`. */
export function parseCertificationRequest(input: string | BufferSource): ParsedCertificationRequest {
  const der = toDer(input, 'CERTIFICATE REQUEST');
  checkBerShape(der);
  const request = pkijs.CertificationRequest.fromBER(der);
  const subjectDer = new Uint8Array(request.subject.valueBeforeDecode.slice(0));
  const subject = new x509.Name(subjectDer);
  const publicKeySpki = new Uint8Array(request.subjectPublicKeyInfo.toSchema().toBER());
  return {
    der,
    subjectDer,
    subjectName: formatSubjectName(subject),
    commonName: commonNameOf(subject),
    publicKeySpki,
    publicKey: describePublicKey(publicKeySpki),
    subjectAlternativeNames: readRequestedSubjectAlternativeNames(request),
    challengePassword: readChallengePassword(request),
    signatureAlgorithmOid: request.signatureAlgorithm.algorithmId,
    signatureValid: isSignatureValid(request, publicKeySpki),
  };
}
