'use client';
import { devicePath } from '@/components/directory/directory-paths';
import { Essentials } from '@/components/essentials';
import { formatDateTime } from '@/components/directory/format-date-time';
import { certificationAuthorityPath } from '@/components/certification-authorities/certification-authority-paths';
import { RouterLink } from '@/components/router-link';
import { cloudPkiAnnotation } from '@/lib/graph/cloud-pki-annotations';
import type { GraphLeafCertificate } from './graph-leaf-certificate';
import { extendedKeyUsageLabel, keyUsageLabel, revocationReasonLabel } from './leaf-certificate-format';
import { LeafCertificateStatusBadge } from './leaf-certificate-status-badge';
import { useLeafCertificateDetailStyles } from './leaf-certificate-detail.styles';

function List({ items }: { items: readonly string[] }) {
  const styles = useLeafCertificateDetailStyles();
  if (items.length === 0) return <>—</>;
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Every Graph field of the certificate plus the reason and SANs this portal records. */
export function LeafCertificateEssentials({ leaf }: { leaf: GraphLeafCertificate }) {
  return (
    <Essentials
      entries={[
        { label: 'Subject name', value: leaf.subjectName },
        { label: 'Status', value: <LeafCertificateStatusBadge status={leaf.certificateStatus} /> },
        { label: 'Serial number', value: leaf.serialNumber, isMono: true },
        { label: 'Thumbprint', value: leaf.thumbprint, isMono: true },
        { label: 'Issuer', value: <RouterLink href={certificationAuthorityPath(leaf.issuerId)}>{leaf.issuerName}</RouterLink> },
        { label: 'Valid from', value: formatDateTime(leaf.validityStartDateTime) },
        { label: 'Valid to', value: formatDateTime(leaf.validityEndDateTime) },
        { label: 'Device name', value: leaf.deviceId ? <RouterLink href={devicePath(leaf.deviceId)}>{leaf.deviceName ?? leaf.deviceId}</RouterLink> : leaf.deviceName || '—' },
        { label: 'User (UPN)', value: leaf.userPrincipalName || '—' },
        { label: 'Platform', value: leaf.devicePlatform || '—' },
        { label: 'Subject alternative names', value: cloudPkiAnnotation(leaf, 'subjectAlternativeNames') || '—' },
        { label: 'Key usages', value: <List items={leaf.keyUsages.map(keyUsageLabel)} /> },
        { label: 'Extended key usages', value: <List items={leaf.extendedKeyUsages.map(extendedKeyUsageLabel)} /> },
        { label: 'Revocation date', value: formatDateTime(leaf.revocationDateTime ?? undefined) },
        { label: 'Revocation reason', value: leaf.certificateStatus === 'revoked' ? revocationReasonLabel(cloudPkiAnnotation(leaf, 'revocationReason')) : '—' },
        { label: 'CRL distribution point', value: leaf.crlDistributionPointUrl, isMono: true },
      ]}
    />
  );
}
