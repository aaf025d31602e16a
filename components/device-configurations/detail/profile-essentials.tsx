'use client';
import { Subtitle2 } from '@fluentui/react-components';
import { formatDateTime } from '@/components/certification-authorities/certification-authority-format';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { describeProfileType } from '../profile-platforms';
import { DefinitionList } from './definition-list';
import { useProfileDetailStyles } from './detail.styles';

/** The profile's key facts in two columns, like the admin center's Essentials block. */
export function ProfileEssentials({ profile }: { profile: GraphDeviceConfiguration }) {
  const styles = useProfileDetailStyles();
  const { platform, profileType } = describeProfileType(profile['@odata.type']);
  return (
    <section className={styles.section} aria-labelledby="essentials-heading">
      <Subtitle2 as="h2" id="essentials-heading" className={styles.heading}>
        Essentials
      </Subtitle2>
      <DefinitionList
        isEssentials
        entries={[
          { label: 'Profile type', value: profileType },
          { label: 'Platform', value: platform },
          { label: 'Description', value: profile.description || '—' },
          { label: 'Created', value: formatDateTime(profile.createdDateTime) },
          { label: 'Last modified', value: formatDateTime(profile.lastModifiedDateTime) },
          ...(profile.version !== undefined ? [{ label: 'Version', value: String(profile.version) }] : []),
        ]}
      />
    </section>
  );
}
