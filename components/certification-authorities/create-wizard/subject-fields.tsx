'use client';
import { Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';
import { useCreateWizardStyles } from './create-wizard.styles';

const OPTIONAL_ATTRIBUTES = [
  { name: 'organizationName', label: 'Organization (O)' },
  { name: 'organizationUnit', label: 'Organizational unit (OU)' },
  { name: 'localityName', label: 'Locality (L)' },
  { name: 'stateName', label: 'State or province (ST)' },
] as const;

export function SubjectFields() {
  const styles = useCreateWizardStyles();
  const { register, formState } = useFormContext<CreateCaFormValues>();
  return (
    <section className={styles.section} aria-labelledby="subject-heading">
      <Subtitle2 as="h2" id="subject-heading" className={styles.heading}>
        Subject attributes
      </Subtitle2>
      <div className={styles.subjectGrid}>
        <Field label="Common name (CN)" required validationMessage={fieldError(formState.errors, 'commonName')}>
          <Input {...register('commonName')} />
        </Field>
        {OPTIONAL_ATTRIBUTES.map((attribute) => (
          <Field key={attribute.name} label={attribute.label} validationMessage={fieldError(formState.errors, attribute.name)}>
            <Input {...register(attribute.name)} />
          </Field>
        ))}
        <Field label="Country/region (C)" hint="Two letters, e.g. US" validationMessage={fieldError(formState.errors, 'countryName')}>
          <Input {...register('countryName')} />
        </Field>
      </div>
    </section>
  );
}
