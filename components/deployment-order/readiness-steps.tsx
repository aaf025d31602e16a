'use client';
import { MessageBar, MessageBarBody, Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { graphCertificationAuthorityPath } from '@/components/certification-authorities/certification-authority-paths';
import type { GraphDeviceConfiguration } from '@/components/device-configurations/graph-device-configuration';
import type { ReadinessStep } from '@/lib/deployment/deployment-readiness';
import type { Platform } from '@/lib/deployment/platforms';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { readinessLinks } from './readiness-links';
import { ReadinessStepItem } from './readiness-step-item';
import { useDeploymentOrderStyles } from './deployment-order.styles';

interface ReadinessStepsProps {
  platform: Platform;
  issuingCa: GraphCloudCertificationAuthority;
  rootCa: GraphCloudCertificationAuthority | undefined;
  profiles: readonly GraphDeviceConfiguration[];
}

/** The five steps of one issuing CA on one platform, as the server's dependency-order checker sees them. */
export function ReadinessSteps({ platform, issuingCa, rootCa, profiles }: ReadinessStepsProps) {
  const styles = useDeploymentOrderStyles();
  const path = `${graphCertificationAuthorityPath(issuingCa.id)}/deploymentReadiness?platform=${encodeURIComponent(platform)}`;
  const { data, failure } = useGraphResource<{ value: ReadinessStep[] }>(path);

  if (failure) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>The deployment order couldn’t be loaded: {failure.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!data) {
    return (
      <Skeleton aria-label="Loading the deployment order" className={styles.skeleton}>
        {[1, 2, 3, 4, 5].map((row) => (
          <SkeletonItem key={row} size={48} />
        ))}
      </Skeleton>
    );
  }
  return (
    <ol className={styles.steps} aria-label="Deployment steps">
      {data.value.map((step) => (
        <ReadinessStepItem key={step.step} step={step} links={readinessLinks(step, { platform, issuingCa, rootCa, profiles })} />
      ))}
    </ol>
  );
}
