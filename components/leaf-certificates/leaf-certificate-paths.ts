import {
  certificationAuthorityPath,
  CLOUD_PKI_BREADCRUMB,
  graphCertificationAuthorityPath,
} from '@/components/certification-authorities/certification-authority-paths';

/** "View all certificates" of an issuing CA. */
export function leafCertificatesPath(caId: string): string {
  return `${certificationAuthorityPath(caId)}/certificates`;
}

export function leafCertificatePath(caId: string, leafId: string): string {
  return `${leafCertificatesPath(caId)}/${encodeURIComponent(leafId)}`;
}

export function graphLeafCertificatesPath(caId: string): string {
  return `${graphCertificationAuthorityPath(caId)}/cloudCertificationAuthorityLeafCertificate`;
}

export function graphLeafCertificatePath(caId: string, leafId: string): string {
  return `${graphLeafCertificatesPath(caId)}/${encodeURIComponent(leafId)}`;
}

/** Home › Tenant administration | Cloud PKI › <CA>: the trail above the certificates blade. */
export function leafCertificatesBreadcrumb(caId: string, caName: string | undefined) {
  return [...CLOUD_PKI_BREADCRUMB, { label: caName ?? 'Certification authority', href: certificationAuthorityPath(caId) }];
}

/** … › <CA> › All certificates: the trail above one certificate's blade. */
export function leafCertificateBreadcrumb(caId: string, caName: string | undefined) {
  return [...leafCertificatesBreadcrumb(caId, caName), { label: 'All certificates', href: leafCertificatesPath(caId) }];
}
