'use client';
import { Button, createTableColumn, Tooltip, type TableColumnDefinition } from '@fluentui/react-components';
import { Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import { TruncatedCell } from '@/components/truncated-cell';
import { useScopeTagsStyles } from './scope-tags.styles';
import type { GraphRoleScopeTag } from './use-role-scope-tags';

interface RowActions {
  /** Why editing is unavailable (a missing permission); undefined when it is available. */
  editBlockedReason?: string;
  deleteBlockedReason?: string;
  onEdit: (tag: GraphRoleScopeTag) => void;
  onDelete: (tag: GraphRoleScopeTag) => void;
}

function ActionButton({ label, icon, blockedReason, onClick }: { label: string; icon: React.ReactElement; blockedReason?: string; onClick: () => void }) {
  const button = (
    <Button appearance="subtle" size="small" icon={icon} disabledFocusable={blockedReason !== undefined} onClick={onClick}>
      {label}
    </Button>
  );
  return blockedReason ? (
    <Tooltip content={blockedReason} relationship="description">
      {button}
    </Tooltip>
  ) : (
    button
  );
}

function TagActions({ tag, actions }: { tag: GraphRoleScopeTag; actions: RowActions }) {
  const styles = useScopeTagsStyles();
  // Default is Intune's built-in tag: it can be neither renamed nor deleted.
  if (tag.isBuiltIn) return null;
  return (
    <div className={styles.rowActions}>
      <ActionButton label="Edit" icon={<Edit20Regular />} blockedReason={actions.editBlockedReason} onClick={() => actions.onEdit(tag)} />
      <ActionButton label="Delete" icon={<Delete20Regular />} blockedReason={actions.deleteBlockedReason} onClick={() => actions.onDelete(tag)} />
    </div>
  );
}

export function scopeTagColumns(actions: RowActions): TableColumnDefinition<GraphRoleScopeTag>[] {
  return [
    createTableColumn<GraphRoleScopeTag>({
      columnId: 'displayName',
      renderHeaderCell: () => 'Name',
      renderCell: (tag) => <TruncatedCell text={tag.displayName} />,
    }),
    createTableColumn<GraphRoleScopeTag>({
      columnId: 'description',
      renderHeaderCell: () => 'Description',
      renderCell: (tag) => <TruncatedCell text={tag.description ?? ''} />,
    }),
    createTableColumn<GraphRoleScopeTag>({ columnId: 'id', renderHeaderCell: () => 'ID', renderCell: (tag) => tag.id }),
    createTableColumn<GraphRoleScopeTag>({
      columnId: 'actions',
      renderHeaderCell: () => 'Actions',
      renderCell: (tag) => <TagActions tag={tag} actions={actions} />,
    }),
  ];
}
