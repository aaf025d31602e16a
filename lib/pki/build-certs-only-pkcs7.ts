// Degenerate PKCS#7 / CMS SignedData holding certificates only (RFC 8894 §4.2.1.2 GetCACert, `.p7b` downloads):
// no signers, version 1, encapsulated content of type id-data without eContent (RFC 5652 §5.1, §5.2).
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { derContentInfo, derContextConstructed, derObjectIdentifier, derSequence, derSmallInteger, derTlv } from './der-writer';

const ID_DATA = '1.2.840.113549.1.7.1';
const ID_SIGNED_DATA = '1.2.840.113549.1.7.2';

/** Any bytes: DER from the database, from WebCrypto or from a Node Buffer. */
type Bytes = ArrayBuffer | ArrayBufferView;

function toUint8Array(data: Bytes): Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function toArrayBuffer(data: Bytes): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice().buffer;
}

/**
 * Written byte by byte from the certificates' own DER: nothing is parsed, so GetCACert and every CertRep's inner
 * PKCS#7 cost a few copies. The certificates keep the given order (as clients read them, RA first for GetCACert).
 */
export function buildCertsOnlyPkcs7(certificates: readonly Bytes[]): Uint8Array<ArrayBuffer> {
  const signedData = derSequence(
    derSmallInteger(1),
    derTlv(0x31), // digestAlgorithms: empty SET
    derSequence(derObjectIdentifier(ID_DATA)), // encapContentInfo without eContent
    derContextConstructed(0, ...certificates.map(toUint8Array)), // [0] IMPLICIT CertificateSet
    derTlv(0x31), // signerInfos: empty SET
  );
  return new Uint8Array(derContentInfo(ID_SIGNED_DATA, signedData));
}

/** The certificates (DER) in a certs-only PKCS#7, in order; for clients of our own GetCACert and tests. */
export function readCertsOnlyPkcs7(der: Bytes): Uint8Array<ArrayBuffer>[] {
  const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
  if (contentInfo.contentType !== ID_SIGNED_DATA) throw new Error('Not a PKCS#7 SignedData');
  const signedData = new pkijs.SignedData({ schema: contentInfo.content as asn1js.Sequence });
  return (signedData.certificates ?? []).flatMap((certificate) =>
    certificate instanceof pkijs.Certificate ? [new Uint8Array(certificate.toSchema().toBER(false))] : [],
  );
}
