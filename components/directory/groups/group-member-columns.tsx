'use client';
import { createTableColumn, TableCellLayout, type TableColumnDefinition } from '@fluentui/react-components';
import { RouterLink } from '@/components/router-link';
import type { GraphDirectoryObject } from '@/lib/graph/to-graph-directory-object';
import { devicePath, groupPath } from '../directory-paths';
import { directoryObjectDetail, directoryObjectTypeLabel } from '../directory-object-format';

/** Devices and nested groups have blades of their own; users have none yet. */
function MemberName({ member }: { member: GraphDirectoryObject }) {
  if (member['@odata.type'] === '#microsoft.graph.device') return <RouterLink href={devicePath(member.id)}>{member.displayName}</RouterLink>;
  if (member['@odata.type'] === '#microsoft.graph.group') return <RouterLink href={groupPath(member.id)}>{member.displayName}</RouterLink>;
  return <>{member.displayName}</>;
}

export const GROUP_MEMBER_COLUMNS: TableColumnDefinition<GraphDirectoryObject>[] = [
  createTableColumn<GraphDirectoryObject>({
    columnId: 'displayName',
    renderHeaderCell: () => 'Name',
    renderCell: (member) => (
      <TableCellLayout truncate>
        <MemberName member={member} />
      </TableCellLayout>
    ),
  }),
  createTableColumn<GraphDirectoryObject>({
    columnId: 'type',
    renderHeaderCell: () => 'Type',
    renderCell: directoryObjectTypeLabel,
  }),
  createTableColumn<GraphDirectoryObject>({
    columnId: 'detail',
    renderHeaderCell: () => 'Details',
    renderCell: (member) => <TableCellLayout truncate>{directoryObjectDetail(member) || '—'}</TableCellLayout>,
  }),
];
