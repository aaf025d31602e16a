'use client';
import type { ReactNode } from 'react';
import { Button, createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { TruncatedCell } from '@/components/truncated-cell';
import { Prohibited16Regular } from '@fluentui/react-icons';
import { formatDateTime } from '@/components/directory/format-date-time';
import { RouterLink } from '@/components/router-link';
import type { GraphLeafCertificate } from './graph-leaf-certificate';
import { isRevocable } from './leaf-certificate-format';
import type { SortField } from './leaf-certificate-list-query';
import { leafCertificatePath } from './leaf-certificate-paths';
import { LeafCertificateStatusBadge } from './leaf-certificate-status-badge';

type Leaf = GraphLeafCertificate;

// The server has ordered the page already; DataGrid counts a column as sortable when its compare takes arguments
// (isColumnSortable), and a compare that ties everything keeps the server's order.
const serverSorted = (_a: Leaf, _b: Leaf) => 0;

function sortableColumn(columnId: SortField, header: string, renderCell: (leaf: Leaf) => ReactNode): TableColumnDefinition<Leaf> {
  return createTableColumn<Leaf>({ columnId, compare: serverSorted, renderHeaderCell: () => header, renderCell });
}

interface LeafColumnsOptions {
  caId: string;
  canRevoke: boolean;
  onRevoke: (leaf: Leaf) => void;
}

/** Subject name (opens the certificate), Status, Device, User, Serial, validity, revocation date and, for those who may, a per-row Revoke. */
export function leafCertificateColumns({ caId, canRevoke, onRevoke }: LeafColumnsOptions): TableColumnDefinition<Leaf>[] {
  return [
    sortableColumn('subjectName', 'Subject name', (leaf) => (
      <TruncatedCell text={leaf.subjectName}>
        <RouterLink href={leafCertificatePath(caId, leaf.id)}>{leaf.subjectName}</RouterLink>
      </TruncatedCell>
    )),
    sortableColumn('certificateStatus', 'Status', (leaf) => <LeafCertificateStatusBadge status={leaf.certificateStatus} />),
    sortableColumn('deviceName', 'Device name', (leaf) => <TruncatedCell text={leaf.deviceName || '—'} />),
    sortableColumn('userPrincipalName', 'User (UPN)', (leaf) => <TruncatedCell text={leaf.userPrincipalName || '—'} />),
    sortableColumn('serialNumber', 'Serial number', (leaf) => <TruncatedCell text={leaf.serialNumber} />),
    sortableColumn('validityStartDateTime', 'Valid from', (leaf) => formatDateTime(leaf.validityStartDateTime)),
    sortableColumn('validityEndDateTime', 'Valid to', (leaf) => formatDateTime(leaf.validityEndDateTime)),
    sortableColumn('revocationDateTime', 'Revocation date', (leaf) => formatDateTime(leaf.revocationDateTime ?? undefined)),
    // Without the permission the column is absent, not a row of disabled buttons.
    ...(canRevoke ? [actionsColumn(onRevoke)] : []),
  ];
}

function actionsColumn(onRevoke: (leaf: Leaf) => void): TableColumnDefinition<Leaf> {
  return createTableColumn<Leaf>({
    columnId: 'actions',
    renderHeaderCell: () => 'Actions',
    renderCell: (leaf) =>
      isRevocable(leaf) && (
        <Button
          size="small"
          appearance="subtle"
          icon={<Prohibited16Regular />}
          aria-label={`Revoke ${leaf.subjectName}`}
          onClick={(event) => {
            // A click on a row toggles its selection; this one opens the dialog only.
            event.stopPropagation();
            onRevoke(leaf);
          }}
        >
          Revoke
        </Button>
      ),
  });
}
