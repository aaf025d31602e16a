'use client';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { PERMISSIONS } from '@/lib/auth/permissions';

/** Why Create is disabled on Review + create, when it is. */
export function SubmitBlockedMessage({ canWrite, hasProblems }: { canWrite: boolean; hasProblems: boolean }) {
  if (!canWrite) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>Creating a profile requires the &apos;{PERMISSIONS['deviceConfigurations.create']}&apos; permission.</MessageBarBody>
      </MessageBar>
    );
  }
  if (!hasProblems) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        Create is unavailable while the assignments break the deployment order. Fix the problems below, or remove the assignments to
        create the profile unassigned and assign it later.
      </MessageBarBody>
    </MessageBar>
  );
}
