import { KEY_ALGORITHMS, type TCertificateKeySize } from '@/lib/schemas/certification-authority';
import type {
  CloudCertificationAuthorityStatus,
  CloudCertificationAuthorityType,
  GraphCloudCertificationAuthority,
} from '@/lib/graph/cloud-certification-authority';

// Portal wording of the Graph enums.
export const TYPE_LABELS: Record<CloudCertificationAuthorityType, string> = {
  rootCertificationAuthority: 'Root',
  issuingCertificationAuthority: 'Issuing',
  issuingCertificationAuthorityWithExternalRoot: 'Issuing',
};

export const STATUS_LABELS: Record<CloudCertificationAuthorityStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  revoked: 'Revoked',
  signingPending: 'Signing required',
  expired: 'Expired',
};

export const KEY_PLATFORM_LABELS: Record<GraphCloudCertificationAuthority['keyPlatform'], string> = {
  software: 'Software',
  hardwareSecurityModule: 'HSM',
};

export function keyAlgorithmLabel(keySize: string): string {
  return keySize in KEY_ALGORITHMS ? KEY_ALGORITHMS[keySize as TCertificateKeySize].label : keySize;
}

/**
 * BYOCA issuing CAs have no root in the tenant: Intune lists them as "External root CA" until the
 * uploaded chain names the root (Graph `rootCertificateCommonName`).
 */
export function rootCommonNameOf(ca: GraphCloudCertificationAuthority): string {
  if (ca.cloudCertificationAuthorityType === 'issuingCertificationAuthorityWithExternalRoot') return ca.rootCertificateCommonName ?? 'External root CA';
  return ca.rootCertificateCommonName ?? (ca.cloudCertificationAuthorityType === 'rootCertificationAuthority' ? ca.commonName : '—');
}

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

// Graph sends "" for a date that does not exist yet (a BYOCA's validity before its upload).
export function formatDate(iso: string | null | undefined): string {
  return iso ? DATE.format(new Date(iso)) : '—';
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? DATE_TIME.format(new Date(iso)) : '—';
}
