'use client';
import { Field, Input, Textarea } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { useCreateWizardStyles } from './create-wizard.styles';

export function BasicsStep() {
  const styles = useCreateWizardStyles();
  const {
    register,
    formState: { errors },
  } = useFormContext<CreateCaFormValues>();
  return (
    <div className={styles.section}>
      <Field label="Name" required validationMessage={errors.displayName?.message} hint="For example: Contoso Root CA">
        <Input {...register('displayName')} />
      </Field>
      <Field label="Description" validationMessage={errors.description?.message}>
        <Textarea {...register('description')} resize="vertical" />
      </Field>
    </div>
  );
}
