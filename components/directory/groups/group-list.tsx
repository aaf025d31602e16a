'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Add20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useNotify } from '@/components/shell/notifications';
import { ListCommands } from '@/components/list-commands';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphGroup } from '@/lib/graph/to-graph-group';
import { DirectoryListBody } from '../directory-list-body';
import { GRAPH_GROUPS, groupPath } from '../directory-paths';
import { usePagedGraphList } from '../use-paged-graph-list';
import { GROUP_COLUMNS } from './group-columns';
import { GroupsBlade } from './groups-blade';
import { NewGroupDialog } from './new-group-dialog';

/** Groups | All groups: search and page through the groups, create one, open one to manage its members. */
export function GroupList() {
  const router = useRouter();
  const { hasPermission } = useAuth();
  const notify = useNotify();
  const list = usePagedGraphList<GraphGroup>(GRAPH_GROUPS, { expand: 'members($select=id)' });
  const [isCreating, setIsCreating] = React.useState(false);

  const onCreated = (group: GraphGroup) => {
    setIsCreating(false);
    notify(`Created group ${group.displayName}`);
    list.reload();
  };

  return (
    <GroupsBlade
      commandBar={
        <ListCommands
          createLabel="New group"
          createIcon={<Add20Regular />}
          createBlockedReason={hasPermission('directory.write') ? undefined : `Creating groups requires the '${PERMISSIONS['directory.write']}' permission`}
          onCreate={() => setIsCreating(true)}
          isRefreshing={list.isLoading}
          onRefresh={list.reload}
        />
      }
    >
      <DirectoryListBody
        list={list}
        columns={GROUP_COLUMNS}
        getRowId={(group) => group.id}
        noun="groups"
        searchLabel="Search by name"
        onRowClick={(group) => router.push(groupPath(group.id))}
      />
      <NewGroupDialog open={isCreating} onCreated={onCreated} onClose={() => setIsCreating(false)} />
    </GroupsBlade>
  );
}
