'use client';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { ListCommands } from '@/components/list-commands';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { UsersBlade } from './users-blade';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list takes over. */
export function UserListLoading() {
  return (
    <UsersBlade commandBar={<ListCommands createLabel="New user" createIcon={<PersonAdd20Regular />} isRefreshing />}>
      <DirectoryGridSkeleton label="Loading users" />
    </UsersBlade>
  );
}
