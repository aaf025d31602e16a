// Builds OCSPResponses (RFC 6960 §4.2.1): a signed BasicOCSPResponse for a well-formed request, or a bare
// error status (malformedRequest, unauthorized, ...) that carries no signature. Pure: the signer is the
// CertificateSigner port, so the key stays wherever the KeyStore keeps it and this runs on any thread.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { CertificateSigner } from '../certificate-signer';
import type { RevocationReason } from '../build-crl';
import { truncateToSeconds } from '../validity';
import { x509 } from '../x509';
import { ID_PKIX_OCSP_NONCE } from './read-ocsp-request';

const ID_PKIX_OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';

/** RFC 6960 §4.2.1 OCSPResponseStatus; 4 is not used. */
export const OCSP_RESPONSE_STATUS = {
  successful: 0,
  malformedRequest: 1,
  internalError: 2,
  tryLater: 3,
  sigRequired: 5,
  unauthorized: 6,
} as const;
export type OcspErrorStatus = Exclude<keyof typeof OCSP_RESPONSE_STATUS, 'successful'>;

export type OcspCertificateStatus =
  | { status: 'good' }
  | { status: 'revoked'; revocationTime: Date; reason?: RevocationReason }
  | { status: 'unknown' };

export interface OcspSingleResponse {
  /** The CertID of the request, DER. */
  certificateIdDer: Uint8Array;
  certificateStatus: OcspCertificateStatus;
  /** When the status was known to be correct: the thisUpdate of the CRL it agrees with (§4.2.2.1). */
  thisUpdate: Date;
  /** When newer information will be available: the CRL's nextUpdate. Clients may cache until then. */
  nextUpdate: Date;
}

export interface OcspResponseInput {
  signer: CertificateSigner;
  /** The delegated OCSP signing certificate, DER; sent in `certs` so clients can verify it against the CA. */
  responderCertificate: Uint8Array;
  producedAt: Date;
  responses: readonly OcspSingleResponse[];
  /** The request's nonce extnValue, echoed (RFC 8954); undefined for a cacheable response. */
  nonce?: Uint8Array;
}

// RFC 5754 §3.2, RFC 5758 §3.2: signatureAlgorithm OIDs of the signers a KeyStore offers.
const SIGNATURE_ALGORITHM_OIDS: Record<CertificateSigner['algorithm']['name'], Record<string, string>> = {
  'RSASSA-PKCS1-v1_5': { 'SHA-256': '1.2.840.113549.1.1.11', 'SHA-384': '1.2.840.113549.1.1.12', 'SHA-512': '1.2.840.113549.1.1.13' },
  ECDSA: { 'SHA-256': '1.2.840.10045.4.3.2', 'SHA-384': '1.2.840.10045.4.3.3', 'SHA-512': '1.2.840.10045.4.3.4' },
};

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function certificateStatusSchema(status: OcspCertificateStatus): asn1js.BaseBlock {
  switch (status.status) {
    case 'good': // [0] IMPLICIT NULL
      return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
    case 'unknown': // [2] IMPLICIT UnknownInfo (NULL)
      return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
    case 'revoked': {
      // [1] IMPLICIT RevokedInfo ::= SEQUENCE { revocationTime GeneralizedTime, revocationReason [0] EXPLICIT CRLReason OPTIONAL }
      const value: asn1js.BaseBlock[] = [new asn1js.GeneralizedTime({ valueDate: truncateToSeconds(status.revocationTime) })];
      // RFC 5280 §5.3.1: `unspecified` is better left out, as in the CRL.
      if (status.reason && status.reason !== 'unspecified') {
        value.push(
          new asn1js.Constructed({
            idBlock: { tagClass: 3, tagNumber: 0 },
            value: [new asn1js.Enumerated({ value: x509.X509CrlReason[status.reason] })],
          }),
        );
      }
      return new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value });
    }
  }
}

function singleResponse(response: OcspSingleResponse): pkijs.SingleResponse {
  return new pkijs.SingleResponse({
    certID: new pkijs.CertID({ schema: asn1js.fromBER(toArrayBuffer(response.certificateIdDer)).result }),
    certStatus: certificateStatusSchema(response.certificateStatus),
    thisUpdate: truncateToSeconds(response.thisUpdate),
    nextUpdate: truncateToSeconds(response.nextUpdate),
  });
}

/** RFC 6960 §4.2.2.3 ResponderID byKey: SHA-1 of the responder's subjectPublicKey BIT STRING value. */
function responderKeyHash(certificateDer: Uint8Array): asn1js.OctetString {
  const { subjectPublicKeyInfo } = pkijs.Certificate.fromBER(toArrayBuffer(certificateDer));
  const keyHash = createHash('sha1').update(subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest();
  return new asn1js.OctetString({ valueHex: toArrayBuffer(new Uint8Array(keyHash)) });
}

function ocspResponse(status: number, basicResponse?: ArrayBuffer): Uint8Array<ArrayBuffer> {
  const response = new pkijs.OCSPResponse({
    responseStatus: new asn1js.Enumerated({ value: status }),
    ...(basicResponse
      ? { responseBytes: new pkijs.ResponseBytes({ responseType: ID_PKIX_OCSP_BASIC, response: new asn1js.OctetString({ valueHex: basicResponse }) }) }
      : {}),
  });
  return new Uint8Array(response.toSchema().toBER(false));
}

/** An unsigned error response (§2.3): the status only, no responseBytes. */
export function buildOcspErrorResponse(status: OcspErrorStatus): Uint8Array<ArrayBuffer> {
  return ocspResponse(OCSP_RESPONSE_STATUS[status]);
}

export async function buildOcspResponse(input: OcspResponseInput): Promise<Uint8Array<ArrayBuffer>> {
  const responseData = new pkijs.ResponseData({
    responderID: responderKeyHash(input.responderCertificate),
    producedAt: truncateToSeconds(input.producedAt),
    responses: input.responses.map(singleResponse),
    ...(input.nonce
      ? {
          responseExtensions: [
            new pkijs.Extension({ extnID: ID_PKIX_OCSP_NONCE, extnValue: toArrayBuffer(input.nonce) }),
          ],
        }
      : {}),
  });
  const tbs = responseData.toSchema(true).toBER(false);
  // BasicOCSPResponse encodes the tbs bytes kept here: exactly the bytes that were signed.
  responseData.tbs = tbs;
  const { algorithm } = input.signer;
  const rawSignature = await input.signer.sign(tbs);
  // X.509 and OCSP carry ECDSA-Sig-Value DER; the KeyStore returns IEEE P1363 r ‖ s.
  const signature = algorithm.name === 'ECDSA' ? pkijs.createCMSECDSASignature(rawSignature) : rawSignature;
  const signatureAlgorithmOid = SIGNATURE_ALGORITHM_OIDS[algorithm.name][algorithm.hash];
  if (!signatureAlgorithmOid) throw new Error(`No OCSP signature algorithm for ${algorithm.name} with ${algorithm.hash}`);
  const basic = new pkijs.BasicOCSPResponse({
    tbsResponseData: responseData,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: signatureAlgorithmOid,
      // RFC 4055 §5: NULL parameters for the RSA PKCS#1 v1.5 signatures; RFC 5758 §3.2: absent for ECDSA.
      ...(algorithm.name === 'ECDSA' ? {} : { algorithmParams: new asn1js.Null() }),
    }),
    signature: new asn1js.BitString({ valueHex: signature }),
    certs: [pkijs.Certificate.fromBER(toArrayBuffer(input.responderCertificate))],
  });
  return ocspResponse(OCSP_RESPONSE_STATUS.successful, basic.toSchema().toBER(false));
}
