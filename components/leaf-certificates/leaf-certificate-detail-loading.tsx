'use client';
import { useParams } from 'next/navigation';
import { Certificate24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { leafCertificateBreadcrumb } from './leaf-certificate-paths';
import { LeafCertificateSkeleton } from './leaf-certificate-skeleton';

/** The detail route's loading.tsx: the blade frame before the certificate is known. */
export function LeafCertificateDetailLoading() {
  const { id } = useParams<{ id: string }>();
  return (
    <Blade breadcrumb={leafCertificateBreadcrumb(id, undefined)} title="Certificate" icon={<Certificate24Regular />}>
      <LeafCertificateSkeleton label="Loading the certificate" />
    </Blade>
  );
}
