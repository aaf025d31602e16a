'use client';
import { Certificate24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { CLOUD_PKI_BREADCRUMB } from '../certification-authority-paths';
import { CertificationAuthorityDetailSkeleton } from './certification-authority-detail-skeleton';

/** The detail route's loading.tsx: the blade frame before the CA's name is known. */
export function CertificationAuthorityDetailLoading() {
  return (
    <Blade breadcrumb={CLOUD_PKI_BREADCRUMB} title="Certification authority" icon={<Certificate24Regular />}>
      <CertificationAuthorityDetailSkeleton />
    </Blade>
  );
}
