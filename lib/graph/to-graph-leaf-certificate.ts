// Domain row -> Graph `cloudCertificationAuthorityLeafCertificate`. Key usages and EKUs are plain
// string arrays: the live service's doubly JSON-encoded arrays are a known consumer pain.
import 'server-only';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { LeafCertificateListItem, LeafCertificateRow } from '@/lib/db/repositories/leaf-certificates';
import { caCertificateUrl, crlUrl, ocspResponderUrl } from '@/lib/cloud-pki-urls';
import { derToDataUri } from '@/lib/pki/encodings';
import { cloudPkiAnnotations } from './cloud-pki-annotations';

// Graph's KeyUsages names ("Key Encipherment, Digital Signature" on the wire as KeyEncipherment…).
const KEY_USAGE_NAMES: Record<string, string> = {
  digitalSignature: 'DigitalSignature',
  keyEncipherment: 'KeyEncipherment',
  nonRepudiation: 'NonRepudiation',
  dataEncipherment: 'DataEncipherment',
  keyAgreement: 'KeyAgreement',
};

export function toGraphLeafCertificate(
  leaf: LeafCertificateListItem,
  ca: Pick<CertificationAuthorityRow, 'id' | 'subjectName' | 'versionNumber'>,
  publicUrl: string,
) {
  return {
    '@odata.type': '#microsoft.graph.cloudCertificationAuthorityLeafCertificate' as const,
    id: leaf.id,
    subjectName: leaf.subjectName,
    issuerId: ca.id,
    issuerName: leaf.issuerName,
    certificateStatus: leaf.status,
    validityStartDateTime: leaf.validityStartDateTime.toISOString(),
    validityEndDateTime: leaf.validityEndDateTime.toISOString(),
    crlDistributionPointUrl: crlUrl(publicUrl, ca.id, ca.versionNumber),
    certificationAuthorityIssuerUri: caCertificateUrl(publicUrl, ca.id, ca.versionNumber),
    // The issuing CA's responder answers for every certificate it issued, also those from before OCSP existed.
    ocspResponderUri: ocspResponderUrl(publicUrl, ca.id),
    thumbprint: leaf.thumbprint,
    serialNumber: leaf.serialNumber,
    revocationDateTime: leaf.revocationDateTime?.toISOString() ?? null,
    deviceName: leaf.deviceName,
    deviceId: leaf.deviceId,
    userPrincipalName: leaf.userPrincipalName,
    userId: leaf.userId,
    devicePlatform: leaf.devicePlatform,
    keyUsages: leaf.keyUsages.map((usage) => KEY_USAGE_NAMES[usage] ?? usage),
    extendedKeyUsages: leaf.extendedKeyUsages,
    certificationAuthorityVersionNumber: ca.versionNumber,
    // Beyond Graph: the RFC 5280 §5.3.1 reason, the SANs and the SCEP profile it was issued for.
    ...cloudPkiAnnotations({
      revocationReason: leaf.revocationReason,
      subjectAlternativeNames: leaf.sanSummary,
      deviceConfigurationId: leaf.profileId,
    }),
  };
}

/** One certificate read on its own: with its DER as a data: URI, shaped like the CA's certificateDownloadUrl. */
export function toGraphLeafCertificateDetail(
  leaf: LeafCertificateRow,
  ca: Pick<CertificationAuthorityRow, 'id' | 'subjectName' | 'versionNumber'>,
  publicUrl: string,
) {
  return { ...toGraphLeafCertificate(leaf, ca, publicUrl), ...cloudPkiAnnotations({ certificateDownloadUrl: derToDataUri(leaf.certificateDer) }) };
}

export type GraphLeafCertificate = ReturnType<typeof toGraphLeafCertificate>;
export type GraphLeafCertificateDetail = ReturnType<typeof toGraphLeafCertificateDetail>;
