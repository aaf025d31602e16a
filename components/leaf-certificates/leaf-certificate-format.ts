import { EKU_PRESETS } from '@/lib/schemas/extended-key-usage';
import { REVOCATION_REASONS } from '@/lib/schemas/leaf-certificate';
import type { GraphLeafCertificate, LeafCertificateStatus } from './graph-leaf-certificate';

// Portal wording of the leaf statuses.
export const LEAF_STATUS_LABELS: Record<LeafCertificateStatus, string> = {
  active: 'Active',
  revoked: 'Revoked',
  expired: 'Expired',
};

export const LEAF_STATUSES = Object.keys(LEAF_STATUS_LABELS) as LeafCertificateStatus[];

export function isLeafCertificateStatus(value: string): value is LeafCertificateStatus {
  return (LEAF_STATUSES as string[]).includes(value);
}

/** Revoking again is refused (revocation is final); an expired certificate may still be put on the CRL. */
export function isRevocable(leaf: Pick<GraphLeafCertificate, 'certificateStatus'>): boolean {
  return leaf.certificateStatus !== 'revoked';
}

export function revocationReasonLabel(reason: string | null): string {
  if (!reason) return '—';
  return reason in REVOCATION_REASONS ? REVOCATION_REASONS[reason as keyof typeof REVOCATION_REASONS] : reason;
}

/** "Client Authentication (1.3.6.1.5.5.7.3.2)" for the OIDs the wizards offer, the bare OID otherwise. */
export function extendedKeyUsageLabel(oid: string): string {
  const preset = EKU_PRESETS.find((eku) => eku.objectIdentifier === oid);
  return preset ? `${preset.name} (${oid})` : oid;
}

/** Graph's KeyUsages names read as words: "KeyEncipherment" → "Key Encipherment". */
export function keyUsageLabel(usage: string): string {
  return usage.replace(/([a-z])([A-Z])/g, '$1 $2');
}

// RFC 4514: a comma inside a value is escaped with a backslash, so a CN ends at the first unescaped comma.
const COMMON_NAME = /(?:^|,)\s*CN=((?:\\.|[^,\\])+)/i;

/** The subject's CN, or its serial number when the subject has none: the certificate's short name. */
export function leafCertificateName(leaf: Pick<GraphLeafCertificate, 'subjectName' | 'serialNumber'>): string {
  const commonName = COMMON_NAME.exec(leaf.subjectName)?.[1]?.replace(/\\(.)/g, '$1').trim();
  return commonName || leaf.serialNumber;
}
