'use client';
import * as React from 'react';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useNotify } from '@/components/shell/notifications';
import { ListCommands } from '@/components/list-commands';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphUser } from '@/lib/graph/to-graph-user';
import { DirectoryListBody } from '../directory-list-body';
import { GRAPH_USERS } from '../directory-paths';
import { usePagedGraphList } from '../use-paged-graph-list';
import { NewUserDialog } from './new-user-dialog';
import { USER_COLUMNS } from './user-columns';
import { UsersBlade } from './users-blade';

/** Users | All users: search and page through the directory's users, and create one. */
export function UserList() {
  const { hasPermission } = useAuth();
  const notify = useNotify();
  const list = usePagedGraphList<GraphUser>(GRAPH_USERS);
  const [isCreating, setIsCreating] = React.useState(false);

  const onCreated = (user: GraphUser) => {
    setIsCreating(false);
    notify(`Created user ${user.userPrincipalName}`);
    list.reload();
  };

  return (
    <UsersBlade
      commandBar={
        <ListCommands
          createLabel="New user"
          createIcon={<PersonAdd20Regular />}
          createBlockedReason={hasPermission('directory.write') ? undefined : `Creating users requires the '${PERMISSIONS['directory.write']}' permission`}
          onCreate={() => setIsCreating(true)}
          isRefreshing={list.isLoading}
          onRefresh={list.reload}
        />
      }
    >
      <DirectoryListBody
        list={list}
        columns={USER_COLUMNS}
        getRowId={(user) => user.id}
        noun="users"
        searchLabel="Search by name, user principal name or mail"
      />
      <NewUserDialog open={isCreating} onCreated={onCreated} onClose={() => setIsCreating(false)} />
    </UsersBlade>
  );
}
