'use client';
import * as React from 'react';
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Key20Regular, TaskListLtr20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useRouterNavigation } from '@/components/router-link';
import { CommandBar } from '@/components/shell/command-bar';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { certificationAuthorityPath } from '../certification-authority-paths';
import { DownloadCertificateMenu } from './download-certificate-menu';
import { EnrollmentChallengeDialog } from './enrollment-challenge-dialog';
import { GuardedToolbarButton } from './guarded-toolbar-button';
import { LifecycleCommands } from './lifecycle-commands';
import { SigningRequestCommands } from './signing-request-commands';

interface CertificationAuthorityCommandsProps {
  ca: GraphCloudCertificationAuthority | undefined;
  activeCount: number | undefined;
  isRefreshing: boolean;
  onRefresh: () => void;
}

function challengeBlockedReason(ca: GraphCloudCertificationAuthority, canCreate: boolean): string | undefined {
  if (!canCreate) return `Generating challenges requires the '${PERMISSIONS['ca.create']}' permission`;
  return ca.certificationAuthorityStatus === 'active' ? undefined : 'Only an active CA issues certificates';
}

/** Download, a BYOCA's CSR and upload, the lifecycle commands, the enrollment challenge (issuing CAs), the deployment order and Refresh. */
export function CertificationAuthorityCommands({ ca, activeCount, isRefreshing, onRefresh }: CertificationAuthorityCommandsProps) {
  const { hasPermission } = useAuth();
  const [isChallengeOpen, setIsChallengeOpen] = React.useState(false);
  const deploymentOrderPath = ca ? `${certificationAuthorityPath(ca.id)}/deployment-order` : '';
  const openDeploymentOrder = useRouterNavigation(deploymentOrderPath);
  const isIssuing = ca !== undefined && ca.cloudCertificationAuthorityType !== 'rootCertificationAuthority';

  return (
    <CommandBar>
      {ca && <DownloadCertificateMenu ca={ca} />}
      {ca && <SigningRequestCommands ca={ca} onChanged={onRefresh} />}
      {ca && <LifecycleCommands ca={ca} activeCount={activeCount} onChanged={onRefresh} />}
      {isIssuing && (
        <GuardedToolbarButton
          icon={<Key20Regular />}
          blockedReason={challengeBlockedReason(ca, hasPermission('ca.create'))}
          onClick={() => setIsChallengeOpen(true)}
        >
          Generate enrollment challenge
        </GuardedToolbarButton>
      )}
      {ca && (
        <ToolbarButton as="a" href={deploymentOrderPath} icon={<TaskListLtr20Regular />} onClick={openDeploymentOrder}>
          Deployment order
        </ToolbarButton>
      )}
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isRefreshing} onClick={onRefresh}>
        Refresh
      </ToolbarButton>
      {isIssuing && isChallengeOpen && <EnrollmentChallengeDialog ca={ca} onClose={() => setIsChallengeOpen(false)} />}
    </CommandBar>
  );
}
