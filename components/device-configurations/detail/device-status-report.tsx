'use client';
import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { ItemGrid } from '@/components/item-grid';
import { graphDeviceConfigurationPath } from '../device-configuration-paths';
import { DEVICE_STATUS_COLUMNS } from './device-status-columns';
import type { GraphDeviceStatus } from './device-status-format';
import { useProfileDetailStyles } from './detail.styles';

/** "View report": one row per device the profile reached, with its status and error details. */
export function DeviceStatusReport({ profileId, id }: { profileId: string; id: string }) {
  const styles = useProfileDetailStyles();
  const { data, failure, isLoading } = useGraphResource<{ value: GraphDeviceStatus[] }>(`${graphDeviceConfigurationPath(profileId)}/deviceStatuses`);
  if (failure) {
    return (
      <MessageBar intent="error" id={id}>
        <MessageBarBody>The device status report couldn’t be loaded: {failure.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!data) return isLoading ? <Spinner id={id} size="small" label="Loading the report…" /> : null;
  if (data.value.length === 0) {
    return (
      <Text id={id} className={styles.muted}>
        No device has reported on this profile yet.
      </Text>
    );
  }
  return (
    <ItemGrid
      id={id}
      items={data.value}
      columns={DEVICE_STATUS_COLUMNS}
      getRowId={(row) => row.id}
      ariaLabel="Device status"
      className={styles.grid}
      defaultSort={{ sortColumn: 'device', sortDirection: 'ascending' }}
    />
  );
}
