'use client';
import { ToolbarButton } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/shell/command-bar';
import { ConfigurationBlade } from '../configuration-blade';
import { DeviceConfigurationGridSkeleton } from './device-configuration-grid-skeleton';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list view takes over. */
export function DeviceConfigurationListLoading() {
  return (
    <ConfigurationBlade
      commandBar={
        <CommandBar>
          <ToolbarButton icon={<Add20Regular />} disabled>
            Create
          </ToolbarButton>
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled>
            Refresh
          </ToolbarButton>
        </CommandBar>
      }
    >
      <DeviceConfigurationGridSkeleton />
    </ConfigurationBlade>
  );
}
