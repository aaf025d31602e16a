'use client';
import { Add20Regular } from '@fluentui/react-icons';
import { ListCommands } from '@/components/list-commands';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { GroupsBlade } from './groups-blade';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list takes over. */
export function GroupListLoading() {
  return (
    <GroupsBlade commandBar={<ListCommands createLabel="New group" createIcon={<Add20Regular />} isRefreshing />}>
      <DirectoryGridSkeleton label="Loading groups" />
    </GroupsBlade>
  );
}
