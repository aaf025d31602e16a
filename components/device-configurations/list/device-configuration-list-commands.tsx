'use client';
import * as React from 'react';
import { Add20Regular } from '@fluentui/react-icons';
import { ListCommands } from '@/components/list-commands';
import { NewProfileDialog } from './new-profile-dialog';

interface DeviceConfigurationListCommandsProps {
  /** Why Create is unavailable, shown as its tooltip; undefined when it is available. */
  createBlockedReason: string | undefined;
  isRefreshing: boolean;
  onRefresh: () => void;
}

/** Create opens the platform and profile type choice; the wizard it leads to is a page of its own. */
export function DeviceConfigurationListCommands({ createBlockedReason, isRefreshing, onRefresh }: DeviceConfigurationListCommandsProps) {
  const [isDialogOpen, setIsDialogOpen] = React.useState(false);
  return (
    <>
      <ListCommands
        createLabel="Create"
        createIcon={<Add20Regular />}
        createBlockedReason={createBlockedReason}
        onCreate={() => setIsDialogOpen(true)}
        isRefreshing={isRefreshing}
        onRefresh={onRefresh}
      />
      <NewProfileDialog open={isDialogOpen} onOpenChange={setIsDialogOpen} />
    </>
  );
}
