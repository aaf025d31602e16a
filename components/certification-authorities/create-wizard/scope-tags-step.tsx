'use client';
import { Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import { SCOPE_TAGS, scopeTagNames } from '../scope-tags';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';
import { useCreateWizardStyles } from './create-wizard.styles';

export function ScopeTagsStep() {
  const styles = useCreateWizardStyles();
  const { control, formState } = useFormContext<CreateCaFormValues>();
  return (
    <div className={styles.section}>
      <Text className={styles.sectionText}>Scope tags decide which administrators see this CA. They can be changed after the CA is created.</Text>
      <Controller
        control={control}
        name="roleScopeTagIds"
        render={({ field }) => {
          const selected = field.value ?? [];
          return (
            <Field label="Scope tags" validationMessage={fieldError(formState.errors, 'roleScopeTagIds')}>
              <Dropdown
                multiselect
                placeholder="Select scope tags"
                selectedOptions={selected}
                value={scopeTagNames(selected)}
                onOptionSelect={(_, data) => field.onChange(data.selectedOptions)}
                onBlur={field.onBlur}
              >
                {SCOPE_TAGS.map((tag) => (
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
