'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
} from '@fluentui/react-components';
import { deviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { DEVICE_CONFIGURATION_COLUMNS } from './device-configuration-columns';
import { useDeviceConfigurationListStyles } from './device-configuration-list.styles';

type Profile = GraphDeviceConfiguration;

export function DeviceConfigurationGrid({ items }: { items: readonly Profile[] }) {
  const styles = useDeviceConfigurationListStyles();
  const router = useRouter();

  // A click anywhere on the row opens the profile, as in the admin center; the name link handles its own clicks.
  const openRow = (profile: Profile) => (event: React.MouseEvent) => {
    if (!event.defaultPrevented) router.push(deviceConfigurationPath(profile.id));
  };

  return (
    <DataGrid
      items={[...items]}
      columns={DEVICE_CONFIGURATION_COLUMNS}
      getRowId={(profile: Profile) => profile.id}
      sortable
      defaultSortState={{ sortColumn: 'displayName', sortDirection: 'ascending' }}
      focusMode="composite"
      aria-label="Configuration profiles"
      className={styles.grid}
    >
      <DataGridHeader>
        <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
      </DataGridHeader>
      <DataGridBody<Profile>>
        {({ item, rowId }) => (
          <DataGridRow<Profile> key={rowId} onClick={openRow(item)}>
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
