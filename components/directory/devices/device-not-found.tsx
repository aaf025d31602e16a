'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Laptop24Regular } from '@fluentui/react-icons';
import { RouterLink } from '@/components/router-link';
import { Blade } from '@/components/shell/blade';
import { DEVICES_BREADCRUMB, DEVICES_PATH } from '../directory-paths';

export function DeviceNotFound() {
  return (
    <Blade breadcrumb={DEVICES_BREADCRUMB} title="Device not found" icon={<Laptop24Regular />}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This device doesn’t exist</MessageBarTitle>
          It may have been removed, or the link is wrong. <RouterLink href={DEVICES_PATH}>Back to all devices</RouterLink>
        </MessageBarBody>
      </MessageBar>
    </Blade>
  );
}
