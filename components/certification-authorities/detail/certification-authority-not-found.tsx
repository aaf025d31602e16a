'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Certificate24Regular } from '@fluentui/react-icons';
import { RouterLink } from '@/components/router-link';
import { Blade } from '@/components/shell/blade';
import { CLOUD_PKI_BREADCRUMB, CLOUD_PKI_PATH } from '../certification-authority-paths';

export function CertificationAuthorityNotFound() {
  return (
    <Blade breadcrumb={CLOUD_PKI_BREADCRUMB} title="Certification authority not found" icon={<Certificate24Regular />}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This CA doesn’t exist</MessageBarTitle>
          It may have been deleted, or the link is wrong. <RouterLink href={CLOUD_PKI_PATH}>Back to Cloud PKI</RouterLink>
        </MessageBarBody>
      </MessageBar>
    </Blade>
  );
}
