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
import { DeviceEssentials } from './device-essentials';

/** One managed device's blade: its Essentials. */
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
          {/* SLOT: the device simulator adds "Sync" here (POST …/managedDevices/{id}/syncDevice, then reload()). */}
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
    </Blade>
  );
}
