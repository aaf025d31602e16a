'use client';
import { notFound } from 'next/navigation';
import { MessageBar, MessageBarBody, MessageBarTitle, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Certificate24Regular } from '@fluentui/react-icons';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { Blade } from '@/components/shell/blade';
import { CommandBar } from '@/components/shell/command-bar';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { CLOUD_PKI_BREADCRUMB, graphCertificationAuthorityPath } from './certification-authority-paths';
import { CertificationAuthorityStatusBadge } from './certification-authority-status-badge';
import { CertificationAuthorityDetailSkeleton } from './detail/certification-authority-detail-skeleton';
import { CertificationAuthorityEssentials } from './detail/certification-authority-essentials';
import { CertificationAuthorityProperties } from './detail/certification-authority-properties';
import { CertificationAuthorityStatusMessage } from './detail/certification-authority-status-message';
import { DownloadCertificateMenu } from './detail/download-certificate-menu';

/** One CA's blade: Essentials, Properties (CDP, AIA, SCEP URIs) and its certificate downloads (spec §3.3). */
export function CertificationAuthorityDetail({ id }: { id: string }) {
  const { data: ca, failure, isLoading, reload } = useGraphResource<GraphCloudCertificationAuthority>(graphCertificationAuthorityPath(id));

  // Rendering notFound() hands over to the route's not-found.tsx, as a server-side 404 would.
  if (failure?.statusCode === 404) notFound();

  return (
    <Blade
      breadcrumb={CLOUD_PKI_BREADCRUMB}
      title={ca?.displayName ?? 'Certification authority'}
      icon={<Certificate24Regular />}
      titleAside={ca && <CertificationAuthorityStatusBadge status={ca.certificationAuthorityStatus} />}
      commandBar={
        <CommandBar>
          {ca && <DownloadCertificateMenu ca={ca} />}
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isLoading} onClick={reload}>
            Refresh
          </ToolbarButton>
        </CommandBar>
      }
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
          <CertificationAuthorityEssentials ca={ca} />
          <CertificationAuthorityProperties ca={ca} />
        </>
      ) : (
        isLoading && <CertificationAuthorityDetailSkeleton />
      )}
    </Blade>
  );
}
