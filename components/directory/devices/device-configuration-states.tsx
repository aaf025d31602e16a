'use client';
import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { ItemGrid } from '@/components/item-grid';
import type { GraphDeviceConfigurationState } from '@/lib/graph/to-graph-device-configuration-state';
import { DEVICE_CONFIGURATION_STATE_COLUMNS } from './device-configuration-state-columns';
import { graphDeviceConfigurationStatesPath } from './device-sync-paths';
import { useDeviceConfigurationStatesStyles } from './device-configuration-states.styles';

interface DeviceConfigurationStatesProps {
  deviceId: string;
  /** Reloads the grid whenever the device's last check-in changes (a sync finished). */
  lastSyncDateTime: string;
}

/** The device's Device configuration: one row per profile it reported on, with the reason of an error. */
export function DeviceConfigurationStates({ deviceId, lastSyncDateTime }: DeviceConfigurationStatesProps) {
  const styles = useDeviceConfigurationStatesStyles();
  const { data, failure, isLoading, reload } = useGraphResource<{ value: GraphDeviceConfigurationState[] }>(graphDeviceConfigurationStatesPath(deviceId));
  const shownCheckIn = React.useRef(lastSyncDateTime);
  React.useEffect(() => {
    if (shownCheckIn.current === lastSyncDateTime) return;
    shownCheckIn.current = lastSyncDateTime;
    reload();
  }, [lastSyncDateTime, reload]);

  let body: React.ReactNode;
  if (failure) {
    body = (
      <MessageBar intent="error">
        <MessageBarBody>The profile status couldn’t be loaded: {failure.message}</MessageBarBody>
      </MessageBar>
    );
  } else if (!data) {
    body = isLoading && <Spinner size="small" label="Loading the profile status…" />;
  } else if (data.value.length === 0) {
    body = <Text className={styles.muted}>No profile has reached this device yet. Assign profiles to its groups, then Sync.</Text>;
  } else {
    body = (
      <ItemGrid
        items={data.value}
        columns={DEVICE_CONFIGURATION_STATE_COLUMNS}
        getRowId={(row) => row.id}
        ariaLabel="Device configuration status"
        className={styles.grid}
      />
    );
  }
  return (
    <section className={styles.section} aria-labelledby="device-configuration-heading">
      <Subtitle2 as="h2" id="device-configuration-heading" className={styles.heading}>
        Device configuration
      </Subtitle2>
      {body}
    </section>
  );
}
