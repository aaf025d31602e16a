'use client';
import { Add20Regular } from '@fluentui/react-icons';
import { ListCommands } from '@/components/list-commands';
import { CloudPkiBlade } from './cloud-pki-blade';
import { CertificationAuthorityGridSkeleton } from './certification-authority-grid-skeleton';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list view takes over. */
export function CertificationAuthorityListLoading() {
  return (
    <CloudPkiBlade commandBar={<ListCommands createLabel="Create" createIcon={<Add20Regular />} isRefreshing />}>
      <CertificationAuthorityGridSkeleton />
    </CloudPkiBlade>
  );
}
