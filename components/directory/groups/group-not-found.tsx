'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { PeopleTeam24Regular } from '@fluentui/react-icons';
import { RouterLink } from '@/components/router-link';
import { Blade } from '@/components/shell/blade';
import { GROUPS_BREADCRUMB, GROUPS_PATH } from '../directory-paths';

export function GroupNotFound() {
  return (
    <Blade breadcrumb={GROUPS_BREADCRUMB} title="Group not found" icon={<PeopleTeam24Regular />}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This group doesn’t exist</MessageBarTitle>
          It may have been deleted, or the link is wrong. <RouterLink href={GROUPS_PATH}>Back to all groups</RouterLink>
        </MessageBarBody>
      </MessageBar>
    </Blade>
  );
}
