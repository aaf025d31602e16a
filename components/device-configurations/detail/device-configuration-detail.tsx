'use client';
import * as React from 'react';
import { notFound, useRouter } from 'next/navigation';
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, ToolbarButton, Tooltip } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Certificate24Regular, Delete20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { Blade } from '@/components/shell/blade';
import { CommandBar } from '@/components/shell/command-bar';
import { useNotify } from '@/components/shell/notifications';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { CONFIGURATION_BREADCRUMB, DEVICE_CONFIGURATION_PATH, graphDeviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { describeProfileType } from '../profile-platforms';
import { DeleteProfileDialog } from './delete-profile-dialog';
import { DeviceConfigurationDetailSkeleton } from './device-configuration-detail-skeleton';
import { DeviceStatusSection } from './device-status-section';
import { DownloadMobileconfigButton } from './download-mobileconfig-button';
import { ProfileAssignments } from './profile-assignments';
import { ProfileEssentials } from './profile-essentials';
import { ProfileProperties } from './profile-properties';
import { useProfileDetailStyles } from './detail.styles';

/** One profile's blade: Essentials, Properties, Assignments and Device status, with Delete and Refresh. */
export function DeviceConfigurationDetail({ id }: { id: string }) {
  const styles = useProfileDetailStyles();
  const router = useRouter();
  const notify = useNotify();
  const { hasPermission } = useAuth();
  const canDelete = hasPermission('deviceConfigurations.delete');
  const canAssign = hasPermission('deviceConfigurations.assign');
  const { data: profile, failure, isLoading, reload } = useGraphResource<GraphDeviceConfiguration>(graphDeviceConfigurationPath(id));
  const [isDeleting, setIsDeleting] = React.useState(false);
  // Bumped by Refresh and by a saved assignment so the sections below load again.
  const [generation, setGeneration] = React.useState(0);
  const refresh = () => {
    reload();
    setGeneration((value) => value + 1);
  };

  // Rendering notFound() hands over to the route's not-found.tsx, as a server-side 404 would.
  if (failure?.statusCode === 404) notFound();

  const deleteButton = (
    <ToolbarButton icon={<Delete20Regular />} disabledFocusable={!canDelete || !profile} onClick={() => setIsDeleting(true)}>
      Delete
    </ToolbarButton>
  );

  return (
    <Blade
      breadcrumb={CONFIGURATION_BREADCRUMB}
      title={profile?.displayName ?? 'Configuration profile'}
      titleAside={profile && <Caption1 className={styles.muted}>{describeProfileType(profile['@odata.type']).profileType}</Caption1>}
      icon={<Certificate24Regular />}
      commandBar={
        <CommandBar>
          {canDelete ? (
            deleteButton
          ) : (
            <Tooltip content={`Deleting requires the '${PERMISSIONS['deviceConfigurations.delete']}' permission`} relationship="description">
              {deleteButton}
            </Tooltip>
          )}
          {profile && <DownloadMobileconfigButton profile={profile} />}
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isLoading} onClick={refresh}>
            Refresh
          </ToolbarButton>
        </CommandBar>
      }
    >
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the profile</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {profile ? (
        <React.Fragment key={generation}>
          <ProfileEssentials profile={profile} />
          <ProfileProperties profile={profile} />
          <ProfileAssignments profile={profile} canEdit={canAssign} onChanged={refresh} />
          <DeviceStatusSection profileId={profile.id} />
        </React.Fragment>
      ) : (
        isLoading && <DeviceConfigurationDetailSkeleton />
      )}
      {isDeleting && profile && (
        <DeleteProfileDialog
          profile={profile}
          onClose={() => setIsDeleting(false)}
          onDeleted={() => {
            notify(`Deleted ${profile.displayName}`, 'success', { onNextPage: true });
            router.push(DEVICE_CONFIGURATION_PATH);
          }}
        />
      )}
    </Blade>
  );
}
