// Reads an OCSPRequest (RFC 6960 §4.1.1): the CertIDs asked about and the nonce (RFC 8954). Structure only:
// anything that is not a well-formed request throws MalformedOcspRequestError, which the responder answers
// with `malformedRequest` (§2.3), never a server error. A requestor signature (optionalSignature) is not
// needed to answer (§4.1.2) and is ignored.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { BerShapeError, checkBerShape } from '../check-ber-shape';

export const ID_PKIX_OCSP_NONCE = '1.3.6.1.5.5.7.48.1.2';

/** RFC 8954 §2.1: a nonce of 1 to 32 octets; responders SHOULD reject longer ones. */
const MAX_NONCE_OCTETS = 32;
/** Far above what clients send (openssl sends one CertID); bounds the work a single request can cause. */
export const MAX_CERT_IDS_PER_REQUEST = 20;

export class MalformedOcspRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedOcspRequestError';
  }
}

export interface OcspCertificateId {
  /** Digest OID of the two issuer hashes (SHA-1 from most clients, SHA-256 from newer ones). */
  hashAlgorithmOid: string;
  issuerNameHash: Uint8Array;
  issuerKeyHash: Uint8Array;
  /** Upper-case hex without sign padding, as stored (lib/pki/certificate-summary). */
  serialNumber: string;
  /** The CertID, DER-encoded again: the SingleResponse answering it carries the same CertID (§4.2.1). */
  der: Uint8Array;
}

export interface OcspRequest {
  certificateIds: OcspCertificateId[];
  /** The nonce extension's extnValue as sent, to echo unchanged (RFC 8954 §2.1); undefined when none was sent. */
  nonce: Uint8Array | undefined;
}

function serialHex(serial: asn1js.Integer): string {
  const bytes = serial.valueBlock.valueHexView;
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return Buffer.from(bytes.subarray(start)).toString('hex').toUpperCase();
}

function readNonce(extensions: pkijs.Extension[] | undefined): Uint8Array | undefined {
  const extension = extensions?.find((candidate) => candidate.extnID === ID_PKIX_OCSP_NONCE);
  if (!extension) return undefined;
  // RFC 8954 §2.1: Nonce ::= OCTET STRING inside extnValue. Some old clients put the raw bytes there.
  const value = extension.extnValue.valueBlock.valueHexView;
  const inner = asn1js.fromBER(value);
  const nonce =
    inner.offset !== -1 && inner.result instanceof asn1js.OctetString ? inner.result.valueBlock.valueHexView : value;
  if (nonce.length < 1 || nonce.length > MAX_NONCE_OCTETS) {
    throw new MalformedOcspRequestError(`the nonce must be 1 to ${MAX_NONCE_OCTETS} octets (RFC 8954 §2.1)`);
  }
  return new Uint8Array(value);
}

export function readOcspRequest(der: Uint8Array): OcspRequest {
  try {
    checkBerShape(der); // depth and lengths before asn1js recurses into them, as for every message we parse
  } catch (error) {
    if (error instanceof BerShapeError) throw new MalformedOcspRequestError(error.message);
    throw error;
  }
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1 || asn1.offset !== der.byteLength) throw new MalformedOcspRequestError('the request is not one DER value');
  let request: pkijs.OCSPRequest;
  try {
    request = new pkijs.OCSPRequest({ schema: asn1.result });
  } catch (error) {
    throw new MalformedOcspRequestError(`not an OCSPRequest (${error instanceof Error ? error.message : String(error)})`);
  }
  const { requestList, requestExtensions } = request.tbsRequest;
  if (requestList.length === 0) throw new MalformedOcspRequestError('the request lists no certificate');
  if (requestList.length > MAX_CERT_IDS_PER_REQUEST) {
    throw new MalformedOcspRequestError(`at most ${MAX_CERT_IDS_PER_REQUEST} certificates per request`);
  }
  return {
    certificateIds: requestList.map(({ reqCert }) => ({
      hashAlgorithmOid: reqCert.hashAlgorithm.algorithmId,
      issuerNameHash: new Uint8Array(reqCert.issuerNameHash.valueBlock.valueHexView),
      issuerKeyHash: new Uint8Array(reqCert.issuerKeyHash.valueBlock.valueHexView),
      serialNumber: serialHex(reqCert.serialNumber),
      der: new Uint8Array(reqCert.toSchema().toBER(false)),
    })),
    nonce: readNonce(requestExtensions),
  };
}
