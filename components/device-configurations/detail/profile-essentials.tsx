'use client';
import { formatDateTime } from '@/components/certification-authorities/certification-authority-format';
import { Essentials } from '@/components/essentials';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { describeProfileType } from '../profile-platforms';

/** The profile's key facts in two columns, like the admin center's Essentials block. */
export function ProfileEssentials({ profile }: { profile: GraphDeviceConfiguration }) {
  const { platform, profileType } = describeProfileType(profile['@odata.type']);
  return (
    <Essentials
      entries={[
        { label: 'Profile type', value: profileType },
        { label: 'Platform', value: platform },
        { label: 'Description', value: profile.description || '—' },
        { label: 'Created', value: formatDateTime(profile.createdDateTime) },
        { label: 'Last modified', value: formatDateTime(profile.lastModifiedDateTime) },
        ...(profile.version !== undefined ? [{ label: 'Version', value: String(profile.version) }] : []),
      ]}
    />
  );
}
