'use client';
import { MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import type { GraphFailure } from '@/components/graph/graph-error';
import { LeafCertificateTiles } from '@/components/leaf-certificates/leaf-certificate-tiles';
import { leafCertificatesPath } from '@/components/leaf-certificates/leaf-certificate-paths';
import type { LeafCertificateCounts } from '@/components/leaf-certificates/use-leaf-certificate-counts';
import { RouterLink } from '@/components/router-link';
import { useDetailStyles } from './detail.styles';

interface CertificationAuthorityMonitoringProps {
  caId: string;
  counts: LeafCertificateCounts | undefined;
  failure: GraphFailure | undefined;
}

/** An issuing CA's Monitoring dashboard: the four tiles and the way to every certificate. */
export function CertificationAuthorityMonitoring({ caId, counts, failure }: CertificationAuthorityMonitoringProps) {
  const styles = useDetailStyles();
  return (
    <section className={styles.section} aria-labelledby="monitoring-heading">
      <Subtitle2 as="h2" id="monitoring-heading" className={styles.heading}>
        Monitoring
      </Subtitle2>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>The certificates couldn’t be counted: {failure.message}</MessageBarBody>
        </MessageBar>
      )}
      <LeafCertificateTiles counts={counts} />
      <RouterLink href={leafCertificatesPath(caId)}>View all certificates</RouterLink>
    </section>
  );
}
