'use client';
import { createTableColumn, TableCellLayout, type TableColumnDefinition } from '@fluentui/react-components';
import { TruncatedCell } from '@/components/truncated-cell';
import { RouterLink } from '@/components/router-link';
import { formatDateTime } from '@/components/certification-authorities/certification-authority-format';
import { isIncluded } from '@/lib/deployment/devices-reached-by';
import { deviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { describeProfileType } from '../profile-platforms';

type Profile = GraphDeviceConfiguration;

const byText = (text: (profile: Profile) => string) => (a: Profile, b: Profile) => text(a).localeCompare(text(b));

/** Intune's "Assigned" column: Yes once the profile targets something; exclusions alone deliver nothing. */
function isAssigned(profile: Profile): boolean {
  return (profile.assignments ?? []).some((assignment) => isIncluded(assignment.target));
}

const assignedText = (profile: Profile) => (isAssigned(profile) ? 'Yes' : 'No');

export const DEVICE_CONFIGURATION_COLUMNS: TableColumnDefinition<Profile>[] = [
  createTableColumn<Profile>({
    columnId: 'displayName',
    compare: byText((profile) => profile.displayName),
    renderHeaderCell: () => 'Profile name',
    renderCell: (profile) => (
      <TruncatedCell text={profile.displayName}>
        <RouterLink href={deviceConfigurationPath(profile.id)}>{profile.displayName}</RouterLink>
      </TruncatedCell>
    ),
  }),
  createTableColumn<Profile>({
    columnId: 'platform',
    compare: byText((profile) => describeProfileType(profile['@odata.type']).platform),
    renderHeaderCell: () => 'Platform',
    renderCell: (profile) => <TableCellLayout truncate>{describeProfileType(profile['@odata.type']).platform}</TableCellLayout>,
  }),
  createTableColumn<Profile>({
    columnId: 'profileType',
    compare: byText((profile) => describeProfileType(profile['@odata.type']).profileType),
    renderHeaderCell: () => 'Profile type',
    renderCell: (profile) => describeProfileType(profile['@odata.type']).profileType,
  }),
  createTableColumn<Profile>({
    columnId: 'assigned',
    compare: byText(assignedText),
    renderHeaderCell: () => 'Assigned',
    renderCell: assignedText,
  }),
  createTableColumn<Profile>({
    columnId: 'lastModified',
    compare: byText((profile) => profile.lastModifiedDateTime),
    renderHeaderCell: () => 'Last modified',
    renderCell: (profile) => formatDateTime(profile.lastModifiedDateTime),
  }),
];
