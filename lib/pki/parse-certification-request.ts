// PKCS#10 requests as SCEP clients send them (RFC 2986). @peculiar/x509 checks the
// signature and reads subject and key; attributes are read with pkijs/asn1js so that odd string types in
// challengePassword (certmonger puts @ $ # " ; \ into a PrintableString, others use IA5String) cannot make the
// parse fail.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toDer } from './encodings';
import { describePublicKey, type PublicKeyInfo } from './public-key-info';
import { readSubjectAlternativeNames, type SubjectAlternativeName } from './subject-alternative-names';
import { commonNameOf, formatSubjectName } from './subject-name';
import { x509 } from './x509';

export interface ParsedCertificationRequest {
  der: Uint8Array<ArrayBuffer>;
  /** DER of the subject Name, to pass to buildLeafCertificate unchanged. */
  subjectDer: Uint8Array<ArrayBuffer>;
  subjectName: string;
  commonName?: string;
  publicKeySpki: Uint8Array<ArrayBuffer>;
  publicKey: PublicKeyInfo;
  subjectAlternativeNames: SubjectAlternativeName[];
  challengePassword?: string;
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
  return value instanceof asn1js.BaseStringBlock ? value.getValue() : undefined;
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

async function isSignatureValid(csr: x509.Pkcs10CertificateRequest): Promise<boolean> {
  try {
    return await csr.verify();
  } catch {
    // An algorithm WebCrypto does not know, or a malformed key: unverifiable counts as invalid.
    return false;
  }
}

export async function parseCertificationRequest(input: string | BufferSource): Promise<ParsedCertificationRequest> {
  const der = toDer(input, 'CERTIFICATE REQUEST');
  const csr = new x509.Pkcs10CertificateRequest(der);
  const request = pkijs.CertificationRequest.fromBER(der);
  const publicKeySpki = new Uint8Array(csr.publicKey.rawData);
  return {
    der,
    subjectDer: new Uint8Array(csr.subjectName.toArrayBuffer()),
    subjectName: formatSubjectName(csr.subjectName),
    commonName: commonNameOf(csr.subjectName),
    publicKeySpki,
    publicKey: describePublicKey(publicKeySpki),
    subjectAlternativeNames: readRequestedSubjectAlternativeNames(request),
    challengePassword: readChallengePassword(request),
    signatureValid: await isSignatureValid(csr),
  };
}
