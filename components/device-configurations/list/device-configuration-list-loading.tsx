'use client';
import { Add20Regular } from '@fluentui/react-icons';
import { ListCommands } from '@/components/list-commands';
import { ConfigurationBlade } from '../configuration-blade';
import { DeviceConfigurationGridSkeleton } from './device-configuration-grid-skeleton';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list view takes over. */
export function DeviceConfigurationListLoading() {
  return (
    <ConfigurationBlade commandBar={<ListCommands createLabel="Create" createIcon={<Add20Regular />} isRefreshing />}>
      <DeviceConfigurationGridSkeleton />
    </ConfigurationBlade>
  );
}
