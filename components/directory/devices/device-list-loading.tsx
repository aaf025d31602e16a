'use client';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { DeviceListCommands } from './device-list-commands';
import { DevicesBlade } from './devices-blade';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list takes over. */
export function DeviceListLoading() {
  return (
    <DevicesBlade commandBar={<DeviceListCommands isRefreshing />}>
      <DirectoryGridSkeleton label="Loading devices" />
    </DevicesBlade>
  );
}
