// Signs a device's CSR with the issuing CA and stores the certificate with its indexed columns.
import 'server-only';
import type { Database } from '@/lib/db/database';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { insertLeafCertificate, type LeafCertificateRow } from '@/lib/db/repositories/leaf-certificates';
import { buildLeafCertificate, leafKeyUsages } from '@/lib/pki/build-leaf-certificate';
import type { ParsedCertificationRequest } from '@/lib/pki/parse-certification-request';
import { caIssuer } from '../certification-authorities/ca-issuer';
import { caCertificateUrl, crlUrl, ocspResponderUrl } from '@/lib/cloud-pki-urls';
import { getKeyStore } from '../key-store';
import { type EnrollmentBinding, notAfterOf } from './enrollment-binding';

export async function issueLeafCertificate(
  db: Database,
  ca: CertificationAuthorityRow,
  csr: ParsedCertificationRequest,
  binding: EnrollmentBinding,
  publicUrl: string,
  now = new Date(),
): Promise<LeafCertificateRow> {
  const certificate = await buildLeafCertificate({
    issuer: await caIssuer(getKeyStore(), ca),
    subject: csr.subjectDer,
    subjectPublicKeySpki: csr.publicKeySpki,
    subjectAlternativeNames: csr.subjectAlternativeNames,
    keyUsages: binding.keyUsages,
    extendedKeyUsages: binding.extendedKeyUsages,
    notAfter: notAfterOf(binding.validity, now),
    crlDistributionPointUrl: crlUrl(publicUrl, ca.id, ca.versionNumber),
    caIssuersUrl: caCertificateUrl(publicUrl, ca.id, ca.versionNumber),
    ocspUrl: ocspResponderUrl(publicUrl, ca.id),
    now,
  });
  const { summary } = certificate;
  return insertLeafCertificate(db, {
    tenantId: ca.tenantId,
    caId: ca.id,
    serialNumber: summary.serialNumber,
    thumbprint: summary.thumbprint,
    subjectName: summary.subjectName,
    issuerName: summary.issuerName,
    sanSummary: csr.subjectAlternativeNames.map((san) => `${san.type}:${san.value}`).join(', ') || null,
    certificateDer: certificate.der,
    keyUsages: leafKeyUsages(binding.keyUsages, csr.publicKeySpki),
    extendedKeyUsages: binding.extendedKeyUsages,
    validityStartDateTime: summary.notBefore,
    validityEndDateTime: summary.notAfter,
    deviceId: binding.device?.id,
    deviceName: binding.device?.name,
    devicePlatform: binding.device?.platform,
    userId: binding.device?.userId,
    userPrincipalName: binding.device?.userPrincipalName,
    profileId: binding.profileId,
  });
}
