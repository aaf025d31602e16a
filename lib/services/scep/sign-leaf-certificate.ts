// Signs a device's CSR with the issuing CA and returns the row to store, with its indexed columns. Nothing is
// written here: recordIssuance stores the row in the enrollment's one transaction, after the signature exists.
import 'server-only';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { NewLeafCertificate } from '@/lib/db/repositories/leaf-certificates';
import { buildLeafCertificate, leafKeyUsages } from '@/lib/pki/build-leaf-certificate';
import type { CertificateIssuer } from '@/lib/pki/certificate-issuer';
import type { ParsedCertificationRequest } from '@/lib/pki/parse-certification-request';
import { caCertificateUrl, crlUrl, ocspResponderUrl } from '@/lib/cloud-pki-urls';
import { type EnrollmentBinding, notAfterOf } from './enrollment-binding';

export interface LeafSigning {
  ca: CertificationAuthorityRow;
  issuer: CertificateIssuer;
  csr: ParsedCertificationRequest;
  binding: EnrollmentBinding;
  publicUrl: string;
  now: Date;
}

export async function signLeafCertificate({ ca, issuer, csr, binding, publicUrl, now }: LeafSigning): Promise<NewLeafCertificate> {
  const certificate = await buildLeafCertificate({
    issuer,
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
  return {
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
  };
}
