'use client';
import { notFound } from 'next/navigation';
import { MessageBar, MessageBarBody, MessageBarTitle, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Laptop24Regular } from '@fluentui/react-icons';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { Blade } from '@/components/shell/blade';
import { CommandBar } from '@/components/shell/command-bar';
import type { GraphManagedDevice } from '@/lib/graph/to-graph-managed-device';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { DEVICES_BREADCRUMB, graphManagedDevicePath } from '../directory-paths';
import { DeviceConfigurationStates } from './device-configuration-states';
import { DeviceEssentials } from './device-essentials';
import { SyncDeviceButton } from './sync-device-button';

/** One managed device's blade: its Essentials and what it reported per profile; Sync makes it check in. */
export function DeviceDetail({ id }: { id: string }) {
  const { data: device, failure, isLoading, reload } = useGraphResource<GraphManagedDevice>(graphManagedDevicePath(id));

  // Rendering notFound() hands over to the route's not-found.tsx, as a server-side 404 would.
  if (failure?.statusCode === 404) notFound();

  return (
    <Blade
      breadcrumb={DEVICES_BREADCRUMB}
      title={device?.deviceName ?? 'Device'}
      icon={<Laptop24Regular />}
      commandBar={
        <CommandBar>
          <SyncDeviceButton deviceId={id} lastSyncDateTime={device?.lastSyncDateTime} reload={reload} />
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isLoading} onClick={reload}>
            Refresh
          </ToolbarButton>
        </CommandBar>
      }
    >
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the device</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {device ? <DeviceEssentials device={device} /> : isLoading && <DirectoryGridSkeleton label="Loading the device" />}
      {device && <DeviceConfigurationStates deviceId={device.id} lastSyncDateTime={device.lastSyncDateTime} />}
    </Blade>
  );
}
