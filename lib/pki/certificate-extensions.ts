// Extension helpers shared by the certificate profiles (RFC 5280 §4.2).
import { memoizePerObject } from './memoize-per-object';
import { x509 } from './x509';

/** RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING. */
export function subjectKeyIdentifierExtension(
  publicKeySpki: BufferSource,
): Promise<x509.SubjectKeyIdentifierExtension> {
  return x509.SubjectKeyIdentifierExtension.create(publicKeySpki);
}

/**
 * RFC 5280 §4.2.1.1: keyIdentifier only, equal to the issuer's subjectKeyIdentifier, so path building matches the
 * two byte for byte. An issuer without SKI (external certificates) gets one computed the same way. Memoised per
 * certificate object, as openIssuer is.
 */
export const authorityKeyIdentifierExtension = memoizePerObject(
  async (issuer: x509.X509Certificate): Promise<x509.AuthorityKeyIdentifierExtension> => {
    const ski = issuer.getExtension(x509.SubjectKeyIdentifierExtension);
    const keyId = ski ? ski.keyId : (await subjectKeyIdentifierExtension(issuer.publicKey.rawData)).keyId;
    return new x509.AuthorityKeyIdentifierExtension(keyId);
  },
);

/**
 * RFC 5280 §4.2.1.3, critical: keyCertSign and cRLSign for a CA, plus digitalSignature as the observed Cloud PKI
 * root has (a CA that also signs OCSP responses or its own protocol messages needs it).
 */
export function caKeyUsageExtension(): x509.KeyUsagesExtension {
  const { digitalSignature, keyCertSign, cRLSign } = x509.KeyUsageFlags;
  return new x509.KeyUsagesExtension(digitalSignature | keyCertSign | cRLSign, true);
}

/** RFC 5280 §4.2.1.12, non-critical. Undefined for an empty list: the extension needs at least one purpose. */
export function extendedKeyUsageExtension(oids: readonly string[]): x509.ExtendedKeyUsageExtension | undefined {
  return oids.length ? new x509.ExtendedKeyUsageExtension([...oids], false) : undefined;
}

export interface PublicationUrls {
  /** The issuer's CRL (plain HTTP: RFC 5280 §4.2.1.13 fetchers do not follow TLS chains). */
  crlDistributionPointUrl: string;
  /** The issuer's certificate, DER (RFC 5280 §4.2.2.1 caIssuers). */
  caIssuersUrl: string;
  /** The issuer's OCSP responder (RFC 5280 §4.2.2.1 id-ad-ocsp, RFC 6960). */
  ocspUrl?: string;
}

/** CRL Distribution Points and Authority Information Access, both non-critical. */
export function publicationExtensions({ crlDistributionPointUrl, caIssuersUrl, ocspUrl }: PublicationUrls): x509.Extension[] {
  return [
    new x509.CRLDistributionPointsExtension([crlDistributionPointUrl]),
    new x509.AuthorityInfoAccessExtension({
      ...(ocspUrl ? { ocsp: new x509.GeneralName('url', ocspUrl) } : {}),
      caIssuers: new x509.GeneralName('url', caIssuersUrl),
    }),
  ];
}
