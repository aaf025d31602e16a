'use client';
import { Field } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import type { Platform, ProfileKind } from '@/lib/deployment/platforms';
import { PLATFORM_LABELS, PROFILE_KIND_LABELS } from '../profile-platforms';
import { fieldError } from './form-error';
import { FormInput } from './form-input';
import { FormTextarea } from './form-textarea';
import { useProfileWizardStyles } from './profile-wizard.styles';

interface BasicsValues {
  displayName: string;
  description?: string;
}

export function BasicsStep({ platform, kind }: { platform: Platform; kind: ProfileKind }) {
  const styles = useProfileWizardStyles();
  const { formState } = useFormContext<BasicsValues>();
  return (
    <div className={styles.section}>
      <Field label="Name" required validationMessage={fieldError(formState.errors, 'displayName')}>
        <FormInput<BasicsValues> name="displayName" />
      </Field>
      <Field label="Description" validationMessage={fieldError(formState.errors, 'description')}>
        <FormTextarea<BasicsValues> name="description" resize="vertical" />
      </Field>
      <dl className={styles.facts}>
        <dt className={styles.term}>Platform</dt>
        <dd className={styles.value}>{PLATFORM_LABELS[platform]}</dd>
        <dt className={styles.term}>Profile type</dt>
        <dd className={styles.value}>{PROFILE_KIND_LABELS[kind]}</dd>
      </dl>
    </div>
  );
}
