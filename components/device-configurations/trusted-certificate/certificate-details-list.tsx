'use client';
import { mergeClasses } from '@fluentui/react-components';
import type { CertificateDetails } from './certificate-details';
import { useTrustedCertificateStyles } from './trusted-certificate.styles';

/** Subject and thumbprint of the chosen certificate, so the admin can check it is the CA they meant. */
export function CertificateDetailsList({ details, fileName }: { details: CertificateDetails; fileName: string | null | undefined }) {
  const styles = useTrustedCertificateStyles();
  return (
    <dl className={styles.details} aria-label="Certificate details">
      <dt className={styles.term}>Subject (CN)</dt>
      <dd className={styles.value}>{details.subjectCommonName ?? '—'}</dd>
      <dt className={styles.term}>Thumbprint (SHA-1)</dt>
      <dd className={mergeClasses(styles.value, styles.mono)}>{details.thumbprint ?? '—'}</dd>
      <dt className={styles.term}>Certificate authority</dt>
      <dd className={styles.value}>Yes</dd>
      <dt className={styles.term}>File name</dt>
      <dd className={styles.value}>{fileName || '—'}</dd>
    </dl>
  );
}
