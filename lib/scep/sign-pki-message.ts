// Wraps content in the SCEP pkiMessage SignedData (RFC 8894 §3.2, RFC 5652 §5): a CertRep signed by the RA, or
// a client's PKCSReq signed by its self-signed certificate (§3.3.1; lib/devices/scep-client). SignerInfo names the digest in digestAlgorithm and plain rsaEncryption in signatureAlgorithm
// (RFC 3370 §3.2): strongSwan rejects sha256WithRSAEncryption there. contentType and messageDigest
// are always signed — Java/BouncyCastle clients reject a reply without contentType.
import { createHash } from 'node:crypto';
import {
  derAlgorithmIdentifier,
  derAttribute,
  derContentInfo,
  derContextConstructed,
  derNull,
  derObjectIdentifier,
  derOctetString,
  derSequence,
  derSetOf,
  derSmallInteger,
} from '@/lib/pki/der-writer';
import { encodeIssuerAndSerialNumber } from './encode-issuer-and-serial-number';
import type { RegistrationAuthority } from './registration-authority';
import { digestAlgorithmOid, nodeHashName, type ReplyDigest } from './resolve-digest-algorithm';
import { CMS_ATTRIBUTE, CONTENT_TYPE, RSA_ENCRYPTION } from './scep-oids';

export interface PkiMessageToSign {
  /** The eContent, present even when empty: certmonger cannot read a reply without it. */
  readonly content: Uint8Array;
  /** DER Attribute values to sign besides contentType and messageDigest. */
  readonly attributes: readonly Uint8Array[];
  readonly digest: ReplyDigest;
}

/** Who signs: the certificate named in SignerInfo and carried in the message, and its key (the RA port's shape). */
export type PkiMessageSigner = Pick<RegistrationAuthority, 'certificateDer' | 'sign'>;

export async function signPkiMessage(message: PkiMessageToSign, signer: PkiMessageSigner): Promise<Uint8Array> {
  const signedAttributes = derSetOf([
    derAttribute(CMS_ATTRIBUTE.contentType, derObjectIdentifier(CONTENT_TYPE.data)),
    derAttribute(CMS_ATTRIBUTE.messageDigest, derOctetString(createHash(nodeHashName(message.digest)).update(message.content).digest())),
    ...message.attributes,
  ]);
  // RFC 5652 §5.4: the signature covers the DER SET OF; the SignerInfo carries it as [0] IMPLICIT.
  const signature = new Uint8Array(await signer.sign(message.digest, signedAttributes));
  const implicitSignedAttributes = Uint8Array.from(signedAttributes);
  implicitSignedAttributes[0] = 0xa0;

  const digestAlgorithm = derAlgorithmIdentifier(digestAlgorithmOid(message.digest)); // RFC 5754 §2: parameters absent
  const signerInfo = derSequence(
    derSmallInteger(1),
    encodeIssuerAndSerialNumber(signer.certificateDer),
    digestAlgorithm,
    implicitSignedAttributes,
    derAlgorithmIdentifier(RSA_ENCRYPTION, derNull()),
    derOctetString(signature),
  );
  const signedData = derSequence(
    derSmallInteger(1),
    derSetOf([digestAlgorithm]),
    derSequence(derObjectIdentifier(CONTENT_TYPE.data), derContextConstructed(0, derOctetString(message.content))),
    derContextConstructed(0, signer.certificateDer), // RFC 8894 §3.3.1, §3.3.2: the signer's certificate, to verify with
    derSetOf([signerInfo]),
  );
  return derContentInfo(CONTENT_TYPE.signedData, signedData);
}
