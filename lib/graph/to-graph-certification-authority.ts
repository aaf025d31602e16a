// Domain row -> Graph `cloudCertificationAuthority` JSON, with the wire quirks of the live
// service: "" (not null) for a root's issuer fields, a data: URI for the certificate. Date-times are ISO 8601 or
// null, never "": a BYOCA waiting for its signed certificate has no validity yet (Graph's DateTimeOffset? fields).
import 'server-only';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { caIssuersUrlOf } from '@/lib/pki/ca-issuers-url-of';
import { derToDataUri } from '@/lib/pki/encodings';
import { caCertificateUrl, crlUrl, ocspResponderUrl, scepServerUrlTemplate } from '@/lib/cloud-pki-urls';
import type { GraphCloudCertificationAuthority } from './cloud-certification-authority';

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

/** The parent's certificate URL: the Cloud PKI root's AIA, or what a BYOCA's external signer wrote. */
function issuerUriOf(ca: CertificationAuthorityRow, publicUrl: string): string {
  if (ca.issuerId) return caCertificateUrl(publicUrl, ca.issuerId);
  if (ca.caType === 'issuingCertificationAuthorityWithExternalRoot' && ca.certificateDer) return caIssuersUrlOf(ca.certificateDer) ?? '';
  return '';
}

export function toGraphCertificationAuthority(ca: CertificationAuthorityRow, publicUrl: string): GraphCloudCertificationAuthority {
  // A BYOCA shows its CRL and SCEP URIs only once its signed certificate is uploaded.
  const hasCertificate = ca.certificateDer !== null;
  return {
    '@odata.type': '#microsoft.graph.cloudCertificationAuthority',
    id: ca.id,
    displayName: ca.displayName,
    description: ca.description,
    cloudCertificationAuthorityType: ca.caType,
    certificationAuthorityStatus: ca.status,
    scepServerUrl: ca.caType === 'rootCertificationAuthority' || !hasCertificate ? null : scepServerUrlTemplate(ca.tenantId, ca.id),
    certificateRevocationListUrl: hasCertificate ? crlUrl(publicUrl, ca.id, ca.versionNumber) : '',
    certificateDownloadUrl: ca.certificateDer ? derToDataUri(ca.certificateDer) : '',
    // CA versions other than 1 come with renewal, which the portal does not offer yet.
    certificationAuthorityIssuerUri: issuerUriOf(ca, publicUrl),
    // The responder for what this CA issues, as its CRL is (RFC 6960); "" until a BYOCA has its certificate.
    ocspResponderUri: hasCertificate ? ocspResponderUrl(publicUrl, ca.id) : '',
    certificationAuthorityIssuerId: ca.issuerId ?? '',
    issuerCommonName: ca.issuerCommonName,
    rootCertificateCommonName: ca.rootCertificateCommonName,
    validityPeriodInYears: ca.validityPeriodInYears,
    validityStartDateTime: isoOrNull(ca.validityStartDateTime),
    validityEndDateTime: isoOrNull(ca.validityEndDateTime),
    commonName: ca.commonName,
    organizationName: ca.organizationName,
    organizationUnit: ca.organizationUnit,
    localityName: ca.localityName,
    stateName: ca.stateName,
    countryName: ca.countryName,
    subjectName: ca.subjectName,
    certificateKeySize: ca.certificateKeySize,
    cloudCertificationAuthorityHashingAlgorithm: ca.hashingAlgorithm,
    thumbprint: ca.thumbprint ?? '',
    serialNumber: ca.serialNumber ?? '',
    // Base64 PKCS#10, what ADCS `certreq -submit` and Web Enrollment accept.
    certificateSigningRequest: ca.certificateSigningRequestDer ? Buffer.from(ca.certificateSigningRequestDer).toString('base64') : null,
    extendedKeyUsages: ca.extendedKeyUsages,
    roleScopeTagIds: ca.roleScopeTagIds,
    keyPlatform: ca.keyPlatform,
    versionNumber: ca.versionNumber,
    eTag: null,
    createdDateTime: ca.createdDateTime.toISOString(),
    lastModifiedDateTime: ca.lastModifiedDateTime.toISOString(),
  };
}
