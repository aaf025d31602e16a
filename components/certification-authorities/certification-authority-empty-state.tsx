'use client';
import { Button, Subtitle1, Text } from '@fluentui/react-components';
import { Add20Regular, Certificate24Regular } from '@fluentui/react-icons';
import { useRouterNavigation } from '@/components/router-link';
import { DeploymentOrder } from '@/components/home/deployment-order';
import { CREATE_CERTIFICATION_AUTHORITY_PATH, MAX_CERTIFICATION_AUTHORITIES } from './certification-authority-paths';
import { useEmptyStateStyles } from './certification-authority-empty-state.styles';

/** Shown when the tenant has no CA yet: what to build first, and the six-CA cap that shapes the plan. */
export function CertificationAuthorityEmptyState({ canCreate }: { canCreate: boolean }) {
  const styles = useEmptyStateStyles();
  const navigate = useRouterNavigation(CREATE_CERTIFICATION_AUTHORITY_PATH);
  return (
    <section className={styles.root} aria-labelledby="cloud-pki-empty-heading">
      <Certificate24Regular className={styles.icon} aria-hidden />
      <Subtitle1 as="h2" id="cloud-pki-empty-heading" className={styles.heading}>
        No certification authorities yet
      </Subtitle1>
      <Text>Deploy Cloud PKI in this order:</Text>
      <DeploymentOrder />
      <Text>
        A tenant can have at most {MAX_CERTIFICATION_AUTHORITIES} CAs, counting root and issuing CAs together — for example one root
        CA with up to five issuing CAs.
      </Text>
      {canCreate && (
        <Button as="a" href={CREATE_CERTIFICATION_AUTHORITY_PATH} onClick={navigate} appearance="primary" icon={<Add20Regular />}>
          Create
        </Button>
      )}
    </section>
  );
}
