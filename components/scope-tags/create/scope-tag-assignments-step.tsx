'use client';
import { Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import type { Groups } from '@/components/device-configurations/assignments/use-groups';
import { useScopeTagsStyles } from '../scope-tags.styles';
import type { CreateScopeTagFormValues } from './create-scope-tag-form';

/** Assignments: the groups whose devices get the tag. */
export function ScopeTagAssignmentsStep({ groups }: { groups: Groups }) {
  const styles = useScopeTagsStyles();
  const { control } = useFormContext<CreateScopeTagFormValues>();
  return (
    <div className={styles.section}>
      <Text>The devices of the groups you choose get this scope tag. You can leave the tag unassigned.</Text>
      <Controller
        control={control}
        name="groupIds"
        render={({ field }) => (
          <Field label="Included groups" validationMessage={groups.failure?.message}>
            <Dropdown
              multiselect
              placeholder={groups.isLoading ? 'Loading groups…' : 'Select groups'}
              selectedOptions={field.value}
              value={field.value.map((id) => groups.groupName(id) ?? id).join(', ')}
              onOptionSelect={(_, data) => field.onChange(data.selectedOptions)}
              onBlur={field.onBlur}
            >
              {groups.groups.map((group) => (
                <Option key={group.id} value={group.id}>
                  {group.displayName}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
      />
    </div>
  );
}
