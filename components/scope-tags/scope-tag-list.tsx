'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { ItemGrid } from '@/components/item-grid';
import { ListCommands } from '@/components/list-commands';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { DeleteScopeTagDialog } from './delete-scope-tag-dialog';
import { EditScopeTagDialog } from './edit-scope-tag-dialog';
import { scopeTagColumns } from './scope-tag-columns';
import { ScopeTagListLoading } from './scope-tag-list-loading';
import { CREATE_SCOPE_TAG_PATH } from './scope-tag-paths';
import { ScopeTagsBlade } from './scope-tags-blade';
import { useScopeTagsStyles } from './scope-tags.styles';
import { useRoleScopeTags, type GraphRoleScopeTag } from './use-role-scope-tags';

/** Tenant administration › Scope tags: Default and the tenant's tags, with Create, Edit and Delete. */
export function ScopeTagList() {
  const styles = useScopeTagsStyles();
  const router = useRouter();
  const { hasPermission } = useAuth();
  const { tags, isLoaded, failure, isLoading, reload } = useRoleScopeTags();
  const [editing, setEditing] = React.useState<GraphRoleScopeTag>();
  const [deleting, setDeleting] = React.useState<GraphRoleScopeTag>();
  if (!isLoaded && !failure) return <ScopeTagListLoading />;

  const blockedReason = (permission: 'roles.create' | 'roles.update' | 'roles.delete', doing: string) =>
    hasPermission(permission) ? undefined : `${doing} scope tags requires the '${PERMISSIONS[permission]}' permission`;
  const columns = scopeTagColumns({
    editBlockedReason: blockedReason('roles.update', 'Editing'),
    deleteBlockedReason: blockedReason('roles.delete', 'Deleting'),
    onEdit: setEditing,
    onDelete: setDeleting,
  });

  return (
    <ScopeTagsBlade
      commandBar={
        <ListCommands
          createLabel="Create"
          createIcon={<Add20Regular />}
          createBlockedReason={blockedReason('roles.create', 'Creating')}
          onCreate={() => router.push(CREATE_SCOPE_TAG_PATH)}
          isRefreshing={isLoading}
          onRefresh={reload}
        />
      }
    >
      <Text>Scope tags decide which administrators see which CAs and profiles: a role assignment with scope tags reaches the objects that carry one of them.</Text>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the scope tags</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <ItemGrid items={tags} columns={columns} getRowId={(tag) => tag.id} ariaLabel="Scope tags" className={styles.grid} testIdPrefix="scope-tag-" />
      {editing && <EditScopeTagDialog tag={editing} onClose={() => setEditing(undefined)} onSaved={reload} />}
      {deleting && <DeleteScopeTagDialog tag={deleting} onClose={() => setDeleting(undefined)} onDeleted={reload} />}
    </ScopeTagsBlade>
  );
}

