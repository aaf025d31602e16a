'use client';
import { Essentials, type EssentialsEntry } from '@/components/essentials';
import { RouterLink } from '@/components/router-link';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import {
  formatDateTime,
  KEY_PLATFORM_LABELS,
  keyAlgorithmLabel,
  rootCommonNameOf,
  TYPE_LABELS,
} from '../certification-authority-format';
import { certificationAuthorityPath } from '../certification-authority-paths';
import { CertificationAuthorityStatusBadge } from '../certification-authority-status-badge';
import { useRoleScopeTags } from '@/components/scope-tags/use-role-scope-tags';
import { useDetailStyles } from './detail.styles';

type Ca = GraphCloudCertificationAuthority;

function Issuer({ ca }: { ca: Ca }) {
  if (ca.cloudCertificationAuthorityType === 'rootCertificationAuthority') return <>{ca.commonName} (self-signed)</>;
  if (ca.cloudCertificationAuthorityType === 'issuingCertificationAuthority' && ca.certificationAuthorityIssuerId) {
    return <RouterLink href={certificationAuthorityPath(ca.certificationAuthorityIssuerId)}>{ca.issuerCommonName ?? 'Root CA'}</RouterLink>;
  }
  return <>{ca.issuerCommonName ?? '—'}</>;
}

/** The key facts of a CA in two columns, like the admin center's Essentials block. */
export function CertificationAuthorityEssentials({ ca }: { ca: Ca }) {
  const styles = useDetailStyles();
  const { tagNames } = useRoleScopeTags();
  const entries: EssentialsEntry[] = [
    { label: 'Type', value: `${TYPE_LABELS[ca.cloudCertificationAuthorityType]} CA` },
    { label: 'Status', value: <CertificationAuthorityStatusBadge status={ca.certificationAuthorityStatus} /> },
    { label: 'Description', value: ca.description || '—' },
    { label: 'Root common name', value: rootCommonNameOf(ca) },
    { label: 'Issuer', value: <Issuer ca={ca} /> },
    { label: 'Subject name', value: ca.subjectName },
    { label: 'Validity start', value: formatDateTime(ca.validityStartDateTime) },
    { label: 'Validity end', value: formatDateTime(ca.validityEndDateTime) },
    // 0 until a BYOCA's signed certificate arrives: its external signer sets the validity.
    { label: 'Validity period', value: ca.validityPeriodInYears ? `${ca.validityPeriodInYears} years` : '—' },
    { label: 'Key size and algorithm', value: keyAlgorithmLabel(ca.certificateKeySize) },
    { label: 'Key platform', value: KEY_PLATFORM_LABELS[ca.keyPlatform] },
    { label: 'Thumbprint', value: ca.thumbprint || '—', isMono: true },
    { label: 'Serial number', value: ca.serialNumber || '—', isMono: true },
    {
      label: 'Extended key usages',
      value: (
        <ul className={styles.ekuList}>
          {ca.extendedKeyUsages.map((eku) => (
            <li key={eku.objectIdentifier}>
              {eku.name} ({eku.objectIdentifier})
            </li>
          ))}
        </ul>
      ),
    },
    { label: 'Scope tags', value: tagNames(ca.roleScopeTagIds) || '—' },
    { label: 'Created', value: formatDateTime(ca.createdDateTime) },
    { label: 'Modified', value: formatDateTime(ca.lastModifiedDateTime) },
  ];

  return <Essentials entries={entries} />;
}
