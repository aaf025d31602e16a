'use client';
import { useParams } from 'next/navigation';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Certificate24Regular } from '@fluentui/react-icons';
import { RouterLink } from '@/components/router-link';
import { Blade } from '@/components/shell/blade';
import { leafCertificateBreadcrumb, leafCertificatesPath } from './leaf-certificate-paths';

export function LeafCertificateNotFound() {
  const { id } = useParams<{ id: string }>();
  return (
    <Blade breadcrumb={leafCertificateBreadcrumb(id, undefined)} title="Certificate not found" icon={<Certificate24Regular />}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This CA issued no such certificate</MessageBarTitle>
          The CA may have been deleted with its certificates, or the link is wrong.{' '}
          <RouterLink href={leafCertificatesPath(id)}>Back to all certificates</RouterLink>
        </MessageBarBody>
      </MessageBar>
    </Blade>
  );
}
