'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import type { Groups } from '@/components/device-configurations/assignments/use-groups';
import type { GraphFailure } from '@/components/graph/graph-error';
import { ReviewSection } from '@/components/wizard/review-section';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { SCOPE_TAG_STEP_INDEX, type CreateScopeTagFormValues } from './create-scope-tag-form';

interface ScopeTagReviewStepProps {
  groups: Groups;
  onEdit: (index: number) => void;
  failure: GraphFailure | undefined;
  canCreate: boolean;
}

export function ScopeTagReviewStep({ groups, onEdit, failure, canCreate }: ScopeTagReviewStepProps) {
  const values = useFormContext<CreateScopeTagFormValues>().getValues();
  return (
    <>
      {!canCreate && (
        <MessageBar intent="warning">
          <MessageBarBody>Creating scope tags requires the &apos;{PERMISSIONS['roles.create']}&apos; permission.</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t create the scope tag</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <ReviewSection
        id="basics"
        title="Basics"
        onEdit={() => onEdit(SCOPE_TAG_STEP_INDEX.basics)}
        entries={[
          { label: 'Name', value: values.displayName },
          { label: 'Description', value: values.description || '—' },
        ]}
      />
      <ReviewSection
        id="assignments"
        title="Assignments"
        onEdit={() => onEdit(SCOPE_TAG_STEP_INDEX.assignments)}
        entries={[{ label: 'Included groups', value: values.groupIds.map((id) => groups.groupName(id) ?? id).join(', ') || 'None' }]}
      />
    </>
  );
}
