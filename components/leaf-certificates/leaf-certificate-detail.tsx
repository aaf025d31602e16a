'use client';
import * as React from 'react';
import { notFound } from 'next/navigation';
import { MessageBar, MessageBarBody, MessageBarTitle, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Certificate24Regular, Prohibited20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { graphCertificationAuthorityPath } from '@/components/certification-authorities/certification-authority-paths';
import { GuardedToolbarButton } from '@/components/certification-authorities/detail/guarded-toolbar-button';
import { formatDateTime } from '@/components/directory/format-date-time';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { Blade } from '@/components/shell/blade';
import { CommandBar } from '@/components/shell/command-bar';
import { useNotify } from '@/components/shell/notifications';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { cloudPkiAnnotation } from '@/lib/graph/cloud-pki-annotations';
import type { GraphLeafCertificateDetail } from './graph-leaf-certificate';
import { LeafCertificateDownloadMenu } from './leaf-certificate-download-menu';
import { LeafCertificateEssentials } from './leaf-certificate-essentials';
import { isRevocable, leafCertificateName, revocationReasonLabel } from './leaf-certificate-format';
import { graphLeafCertificatePath, leafCertificateBreadcrumb } from './leaf-certificate-paths';
import { LeafCertificateSkeleton } from './leaf-certificate-skeleton';
import { LeafCertificateStatusBadge } from './leaf-certificate-status-badge';
import { RevokeLeafCertificatesDialog } from './revoke-leaf-certificates-dialog';

function revokeBlockedReason(leaf: GraphLeafCertificateDetail, canRevoke: boolean): string | undefined {
  if (!canRevoke) return `Revoking certificates requires the '${PERMISSIONS['leaf.revoke']}' permission`;
  return isRevocable(leaf) ? undefined : 'This certificate is revoked already';
}

/** One issued certificate: its Essentials, downloads and Revoke. */
export function LeafCertificateDetail({ caId, leafId }: { caId: string; leafId: string }) {
  const { hasPermission } = useAuth();
  const notify = useNotify();
  const ca = useGraphResource<GraphCloudCertificationAuthority>(graphCertificationAuthorityPath(caId));
  const { data: leaf, failure, isLoading, reload } = useGraphResource<GraphLeafCertificateDetail>(graphLeafCertificatePath(caId, leafId));
  const [isRevoking, setIsRevoking] = React.useState(false);

  // Rendering notFound() hands over to the route's not-found.tsx, as a server-side 404 would.
  if (failure?.statusCode === 404) notFound();

  return (
    <Blade
      breadcrumb={leafCertificateBreadcrumb(caId, ca.data?.displayName)}
      title={leaf ? leafCertificateName(leaf) : 'Certificate'}
      icon={<Certificate24Regular />}
      titleAside={leaf && <LeafCertificateStatusBadge status={leaf.certificateStatus} />}
      commandBar={
        <CommandBar>
          {leaf && <LeafCertificateDownloadMenu leaf={leaf} />}
          {leaf && (
            <GuardedToolbarButton icon={<Prohibited20Regular />} blockedReason={revokeBlockedReason(leaf, hasPermission('leaf.revoke'))} onClick={() => setIsRevoking(true)}>
              Revoke
            </GuardedToolbarButton>
          )}
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isLoading} onClick={reload}>
            Refresh
          </ToolbarButton>
        </CommandBar>
      }
    >
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the certificate</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {leaf?.certificateStatus === 'revoked' && (
        <MessageBar intent="error">
          <MessageBarBody>
            Revoked on {formatDateTime(leaf.revocationDateTime ?? undefined)} ({revocationReasonLabel(cloudPkiAnnotation(leaf, 'revocationReason'))}): it is listed on the
            CA’s certificate revocation list and no longer validates.
          </MessageBarBody>
        </MessageBar>
      )}
      {leaf ? <LeafCertificateEssentials leaf={leaf} /> : isLoading && <LeafCertificateSkeleton label="Loading the certificate" />}
      {leaf && isRevoking && (
        <RevokeLeafCertificatesDialog
          caId={caId}
          certificates={[leaf]}
          onRevoked={(summary) => {
            setIsRevoking(false);
            notify(summary);
            reload();
          }}
          onClose={() => setIsRevoking(false)}
        />
      )}
    </Blade>
  );
}
