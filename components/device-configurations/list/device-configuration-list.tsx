'use client';
import { MessageBar, MessageBarBody, MessageBarTitle, SearchBox, Text } from '@fluentui/react-components';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { ItemGrid } from '@/components/item-grid';
import { useUrlSearchParam } from '@/components/use-url-search-param';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { ConfigurationBlade } from '../configuration-blade';
import { deviceConfigurationPath, GRAPH_DEVICE_CONFIGURATIONS } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { DEVICE_CONFIGURATION_COLUMNS } from './device-configuration-columns';
import { DeviceConfigurationGridSkeleton } from './device-configuration-grid-skeleton';
import { DeviceConfigurationListCommands } from './device-configuration-list-commands';
import { useDeviceConfigurationListStyles } from './device-configuration-list.styles';

// The Assigned column needs each profile's assignments; expanding them costs one request instead of one per row.
const LIST_PATH = `${GRAPH_DEVICE_CONFIGURATIONS}?$expand=assignments`;

/** Devices › Configuration: the tenant's configuration profiles, searchable by name. */
export function DeviceConfigurationList() {
  const styles = useDeviceConfigurationListStyles();
  const { hasPermission } = useAuth();
  const { data, failure, isLoading, reload } = useGraphResource<{ value: GraphDeviceConfiguration[] }>(LIST_PATH);
  const [search, setSearch] = useUrlSearchParam('search');

  const profiles = data?.value;
  const createBlockedReason = hasPermission('deviceConfigurations.create')
    ? undefined
    : `Creating a profile requires the '${PERMISSIONS['deviceConfigurations.create']}' permission`;
  const term = search.trim().toLowerCase();
  const visible = profiles?.filter((profile) => profile.displayName.toLowerCase().includes(term)) ?? [];

  return (
    <ConfigurationBlade
      commandBar={<DeviceConfigurationListCommands createBlockedReason={createBlockedReason} isRefreshing={isLoading} onRefresh={reload} />}
    >
      <Text className={styles.intro}>
        Trusted certificate profiles put the CA certificates on devices; SCEP certificate profiles have devices request their own
        certificate from a Cloud PKI issuing CA.
      </Text>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the configuration profiles</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <SearchBox
        aria-label="Search by name"
        placeholder="Search by name"
        value={search}
        onChange={(_, change) => setSearch(change.value)}
        className={styles.search}
      />
      {profiles === undefined ? (
        isLoading && <DeviceConfigurationGridSkeleton />
      ) : visible.length > 0 ? (
        <ItemGrid
          items={visible}
          columns={DEVICE_CONFIGURATION_COLUMNS}
          getRowId={(profile) => profile.id}
          ariaLabel="Configuration profiles"
          className={styles.grid}
          defaultSort={{ sortColumn: 'displayName', sortDirection: 'ascending' }}
          hrefOfRow={(profile) => deviceConfigurationPath(profile.id)}
        />
      ) : (
        <Text className={styles.empty}>
          {profiles.length === 0 ? 'No configuration profiles yet. Use Create to add one.' : `No profiles match “${search.trim()}”.`}
        </Text>
      )}
    </ConfigurationBlade>
  );
}
