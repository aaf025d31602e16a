'use client';
import * as React from 'react';
import { notFound } from 'next/navigation';
import { useAuth } from '@/components/auth/use-auth';
import { graphCertificationAuthorityPath } from '@/components/certification-authorities/certification-authority-paths';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { useNotify } from '@/components/shell/notifications';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import type { GraphLeafCertificate } from './graph-leaf-certificate';
import { leafCertificateColumns } from './leaf-certificate-columns';
import { LeafCertificateFilters } from './leaf-certificate-filters';
import { isRevocable } from './leaf-certificate-format';
import { LeafCertificateListBody } from './leaf-certificate-list-body';
import { LeafCertificateListCommands } from './leaf-certificate-list-commands';
import { LeafCertificateTiles } from './leaf-certificate-tiles';
import { LeafCertificatesBlade } from './leaf-certificates-blade';
import { RevokeLeafCertificatesDialog } from './revoke-leaf-certificates-dialog';
import { useLeafCertificateCounts } from './use-leaf-certificate-counts';
import { useLeafCertificateList } from './use-leaf-certificate-list';

type Leaf = GraphLeafCertificate;

/** The Revoke command's tooltip when it can't run: a missing permission, or nothing revocable selected. */
function revokeBlockedReason(canRevoke: boolean, selectedCount: number, revocableCount: number): string | undefined {
  if (!canRevoke) return `Revoking certificates requires the '${PERMISSIONS['leaf.revoke']}' permission`;
  if (selectedCount === 0) return 'Select the certificates to revoke';
  if (revocableCount === 0) return 'The selected certificates are revoked already';
  return undefined;
}

/**
 * "View all certificates" of an issuing CA: tiles, server-side search, status filter, sort and pages (all
 * in the URL), and Revoke for one row or the selected rows at once.
 */
export function LeafCertificateList({ caId }: { caId: string }) {
  const { hasPermission } = useAuth();
  const notify = useNotify();
  const ca = useGraphResource<GraphCloudCertificationAuthority>(graphCertificationAuthorityPath(caId));
  const counts = useLeafCertificateCounts(caId);
  const list = useLeafCertificateList(caId);
  const [selected, setSelected] = React.useState<ReadonlySet<string>>(new Set());
  const [revoking, setRevoking] = React.useState<{ certificates: Leaf[]; skippedCount: number }>();

  // Other rows on screen: a selection made on the previous view would act on rows the user no longer sees.
  React.useEffect(() => setSelected(new Set()), [list.path]);

  // Rendering notFound() hands over to the CA route's not-found.tsx, as a server-side 404 would.
  if (ca.failure?.statusCode === 404) notFound();

  const canRevoke = hasPermission('leaf.revoke');
  const selectedRows = (list.items ?? []).filter((leaf) => selected.has(leaf.id));
  const revocable = selectedRows.filter(isRevocable);
  const columns = leafCertificateColumns({
    caId,
    canRevoke,
    onRevoke: (leaf) => setRevoking({ certificates: [leaf], skippedCount: 0 }),
  });

  const refresh = () => {
    list.reload();
    counts.reload();
  };
  const onRevoked = (summary: string) => {
    setRevoking(undefined);
    setSelected(new Set());
    notify(summary);
    refresh();
  };

  return (
    <LeafCertificatesBlade
      caId={caId}
      caName={ca.data?.displayName}
      commandBar={
        <LeafCertificateListCommands
          revokeBlockedReason={revokeBlockedReason(canRevoke, selectedRows.length, revocable.length)}
          onRevoke={() => setRevoking({ certificates: revocable, skippedCount: selectedRows.length - revocable.length })}
          isRefreshing={list.isLoading}
          onRefresh={refresh}
        />
      }
    >
      <LeafCertificateTiles counts={counts.counts} />
      <LeafCertificateFilters search={list.search} onSearchChange={list.setSearch} status={list.status} onStatusChange={list.setStatus} />
      <LeafCertificateListBody list={list} columns={columns} isSelectable={canRevoke} selected={selected} onSelectionChange={setSelected} />
      {revoking && (
        <RevokeLeafCertificatesDialog
          caId={caId}
          certificates={revoking.certificates}
          skippedCount={revoking.skippedCount}
          onRevoked={onRevoked}
          onClose={() => setRevoking(undefined)}
        />
      )}
    </LeafCertificatesBlade>
  );
}
