'use client';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { ListCommands } from '../list-commands';
import { UsersBlade } from './users-blade';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list takes over. */
export function UserListLoading() {
  return (
    <UsersBlade commandBar={<ListCommands createLabel="New user" createIcon={<PersonAdd20Regular />} isRefreshing />}>
      <DirectoryGridSkeleton label="Loading users" />
    </UsersBlade>
  );
}
