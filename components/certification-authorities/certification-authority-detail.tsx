'use client';
import { notFound } from 'next/navigation';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Certificate24Regular } from '@fluentui/react-icons';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { useLeafCertificateCounts } from '@/components/leaf-certificates/use-leaf-certificate-counts';
import { Blade } from '@/components/shell/blade';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { CLOUD_PKI_BREADCRUMB, graphCertificationAuthorityPath } from './certification-authority-paths';
import { CertificationAuthorityStatusBadge } from './certification-authority-status-badge';
import { CertificationAuthorityCommands } from './detail/certification-authority-commands';
import { CertificationAuthorityDetailSkeleton } from './detail/certification-authority-detail-skeleton';
import { CertificationAuthorityEssentials } from './detail/certification-authority-essentials';
import { CertificationAuthorityMonitoring } from './detail/certification-authority-monitoring';
import { CertificationAuthorityProperties } from './detail/certification-authority-properties';
import { CertificationAuthorityStatusMessage } from './detail/certification-authority-status-message';
import { KeyPlatformMessage } from './detail/key-platform-message';

/** One CA's blade: lifecycle commands, Essentials, Properties with the SCEP URLs, and Monitoring. */
export function CertificationAuthorityDetail({ id }: { id: string }) {
  const { data: ca, failure, isLoading, reload } = useGraphResource<GraphCloudCertificationAuthority>(graphCertificationAuthorityPath(id));
  const counts = useLeafCertificateCounts(id);

  // Rendering notFound() hands over to the route's not-found.tsx, as a server-side 404 would.
  if (failure?.statusCode === 404) notFound();

  const isIssuing = ca !== undefined && ca.cloudCertificationAuthorityType !== 'rootCertificationAuthority';
  const refresh = () => {
    reload();
    counts.reload();
  };

  return (
    <Blade
      breadcrumb={CLOUD_PKI_BREADCRUMB}
      title={ca?.displayName ?? 'Certification authority'}
      icon={<Certificate24Regular />}
      titleAside={ca && <CertificationAuthorityStatusBadge status={ca.certificationAuthorityStatus} />}
      commandBar={<CertificationAuthorityCommands ca={ca} activeCount={counts.counts?.active} isRefreshing={isLoading} onRefresh={refresh} />}
    >
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the certification authority</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {ca ? (
        <>
          <CertificationAuthorityStatusMessage status={ca.certificationAuthorityStatus} />
          <KeyPlatformMessage keyPlatform={ca.keyPlatform} />
          <CertificationAuthorityEssentials ca={ca} />
          <CertificationAuthorityProperties ca={ca} />
          {isIssuing && <CertificationAuthorityMonitoring caId={ca.id} counts={counts.counts} failure={counts.failure} />}
        </>
      ) : (
        isLoading && <CertificationAuthorityDetailSkeleton />
      )}
    </Blade>
  );
}
