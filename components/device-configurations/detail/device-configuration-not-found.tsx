'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Certificate24Regular } from '@fluentui/react-icons';
import { RouterLink } from '@/components/router-link';
import { Blade } from '@/components/shell/blade';
import { CONFIGURATION_BREADCRUMB, DEVICE_CONFIGURATION_PATH } from '../device-configuration-paths';

export function DeviceConfigurationNotFound() {
  return (
    <Blade breadcrumb={CONFIGURATION_BREADCRUMB} title="Profile not found" icon={<Certificate24Regular />}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This profile doesn’t exist</MessageBarTitle>
          It may have been deleted, or the link is wrong. <RouterLink href={DEVICE_CONFIGURATION_PATH}>Back to Configuration</RouterLink>
        </MessageBarBody>
      </MessageBar>
    </Blade>
  );
}
