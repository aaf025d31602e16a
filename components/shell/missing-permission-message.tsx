'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { PortalAccessRule } from '@/lib/auth/portal-access';

/** Why a blade shows nothing: the permission it needs, by the name the Roles blade lists it under. */
export function MissingPermissionMessage({ rule }: { rule: PortalAccessRule }) {
  const doing = rule.action === 'create' ? 'Creating' : 'Viewing';
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          You can’t {rule.action} {rule.subject}
        </MessageBarTitle>
        {doing} {rule.subject} requires the ‘{PERMISSIONS[rule.permission]}’ permission. Ask an administrator to assign you a role that holds it
        (Tenant administration › Roles).
      </MessageBarBody>
    </MessageBar>
  );
}
