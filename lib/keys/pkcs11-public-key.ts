// SubjectPublicKeyInfo (the form the KeyStore port returns) from the attributes of a PKCS#11 public-key object:
// CKA_MODULUS/CKA_PUBLIC_EXPONENT for RSA, CKA_EC_PARAMS/CKA_EC_POINT for EC (PKCS#11 v2.40 §2.3.3).
import { createPublicKey } from 'node:crypto';

type Curve = 'P-256' | 'P-384';

/** DER of the named-curve OIDs, as CKA_EC_PARAMS holds them (RFC 5480 §2.1.1.1). */
export const EC_PARAMS: Record<Curve, Buffer> = {
  'P-256': Buffer.from('06082a8648ce3d030107', 'hex'),
  'P-384': Buffer.from('06052b81040022', 'hex'),
};

const COORDINATE_BYTES: Record<Curve, number> = { 'P-256': 32, 'P-384': 48 };

function curveOf(ecParams: Buffer): Curve {
  const curve = (Object.keys(EC_PARAMS) as Curve[]).find((name) => EC_PARAMS[name].equals(ecParams));
  if (!curve) throw new Error(`Unsupported EC curve ${ecParams.toString('hex')}`);
  return curve;
}

/** CKA_EC_POINT is the DER OCTET STRING around the uncompressed point (v2.40 §2.3.3); a few tokens give it bare. */
function uncompressedPoint(ecPoint: Buffer, coordinateBytes: number): Buffer {
  const pointLength = 1 + 2 * coordinateBytes;
  const point = ecPoint.length === pointLength + 2 && ecPoint[1] === pointLength ? ecPoint.subarray(2) : ecPoint;
  if (point.length !== pointLength || point[0] !== 0x04) throw new Error('CKA_EC_POINT is not an uncompressed point');
  return point;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export function rsaSpki(modulus: Buffer, publicExponent: Buffer): Buffer {
  return createPublicKey({ key: { kty: 'RSA', n: base64url(modulus), e: base64url(publicExponent) }, format: 'jwk' }).export({
    type: 'spki',
    format: 'der',
  });
}

export function ecSpki(ecParams: Buffer, ecPoint: Buffer): Buffer {
  const curve = curveOf(ecParams);
  const size = COORDINATE_BYTES[curve];
  const point = uncompressedPoint(ecPoint, size);
  return createPublicKey({
    key: { kty: 'EC', crv: curve, x: base64url(point.subarray(1, 1 + size)), y: base64url(point.subarray(1 + size)) },
    format: 'jwk',
  }).export({ type: 'spki', format: 'der' });
}
