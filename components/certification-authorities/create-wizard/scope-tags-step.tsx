'use client';
import { Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import { useRoleScopeTags } from '@/components/scope-tags/use-role-scope-tags';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';
import { useCreateWizardStyles } from './create-wizard.styles';

export function ScopeTagsStep() {
  const styles = useCreateWizardStyles();
  const { control, formState } = useFormContext<CreateCaFormValues>();
  // The tenant's tags as Graph lists them; the server still refuses a tag the caller's role assignment does not hold.
  const { tags, tagNames, failure, isLoading } = useRoleScopeTags();
  return (
    <div className={styles.section}>
      <Text className={styles.sectionText}>Scope tags decide which administrators see this CA. They can be changed after the CA is created.</Text>
      <Controller
        control={control}
        name="roleScopeTagIds"
        render={({ field }) => {
          const selected = field.value ?? [];
          return (
            <Field label="Scope tags" validationMessage={fieldError(formState.errors, 'roleScopeTagIds') ?? failure?.message}>
              <Dropdown
                multiselect
                placeholder={isLoading ? 'Loading scope tags…' : 'Select scope tags'}
                selectedOptions={selected}
                value={tagNames(selected)}
                onOptionSelect={(_, data) => field.onChange(data.selectedOptions)}
                onBlur={field.onBlur}
              >
                {tags.map((tag) => (
                  <Option key={tag.id} value={tag.id}>
                    {tag.displayName}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        }}
      />
    </div>
  );
}
