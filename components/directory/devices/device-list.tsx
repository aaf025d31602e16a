'use client';
import { useRouter } from 'next/navigation';
import type { GraphManagedDevice } from '@/lib/graph/to-graph-managed-device';
import { DirectoryListBody } from '../directory-list-body';
import { devicePath, GRAPH_MANAGED_DEVICES } from '../directory-paths';
import { usePagedGraphList } from '../use-paged-graph-list';
import { DEVICE_COLUMNS } from './device-columns';
import { DeviceListCommands } from './device-list-commands';
import { DevicesBlade } from './devices-blade';

/** Devices | All devices: the managed devices, searched and paged on the server ($search, $top, $skip). */
export function DeviceList() {
  const router = useRouter();
  const list = usePagedGraphList<GraphManagedDevice>(GRAPH_MANAGED_DEVICES);
  return (
    <DevicesBlade commandBar={<DeviceListCommands isRefreshing={list.isLoading} onRefresh={list.reload} />}>
      <DirectoryListBody
        list={list}
        columns={DEVICE_COLUMNS}
        getRowId={(device) => device.id}
        noun="devices"
        searchLabel="Search by device name, UPN or serial number"
        onRowClick={(device) => router.push(devicePath(device.id))}
      />
    </DevicesBlade>
  );
}
