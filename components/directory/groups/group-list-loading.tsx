'use client';
import { Add20Regular } from '@fluentui/react-icons';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { ListCommands } from '../list-commands';
import { GroupsBlade } from './groups-blade';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list takes over. */
export function GroupListLoading() {
  return (
    <GroupsBlade commandBar={<ListCommands createLabel="New group" createIcon={<Add20Regular />} isRefreshing />}>
      <DirectoryGridSkeleton label="Loading groups" />
    </GroupsBlade>
  );
}
