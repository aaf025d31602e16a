'use client';
import { Field } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import { FormInput } from '@/components/device-configurations/wizard/form-input';
import { FormTextarea } from '@/components/device-configurations/wizard/form-textarea';
import { useScopeTagsStyles } from '../scope-tags.styles';
import type { CreateScopeTagFormValues } from './create-scope-tag-form';

export function ScopeTagBasicsStep() {
  const styles = useScopeTagsStyles();
  const { formState } = useFormContext<CreateScopeTagFormValues>();
  return (
    <div className={styles.section}>
      <Field label="Name" required validationMessage={formState.errors.displayName?.message}>
        <FormInput<CreateScopeTagFormValues> name="displayName" />
      </Field>
      <Field label="Description" validationMessage={formState.errors.description?.message}>
        <FormTextarea<CreateScopeTagFormValues> name="description" />
      </Field>
    </div>
  );
}
