'use client';
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';
import type { ActiveRoots } from './use-active-root-certification-authorities';

interface CertificationAuthorityTypeFieldsProps {
  isIssuing: boolean;
  roots: ActiveRoots;
  onTypeChange: (type: CreateCaFormValues['cloudCertificationAuthorityType']) => void;
  onRootChange: (root: GraphCloudCertificationAuthority | undefined) => void;
}

/** CA type, and for an issuing CA where its root comes from. */
export function CertificationAuthorityTypeFields({ isIssuing, roots, onTypeChange, onRootChange }: CertificationAuthorityTypeFieldsProps) {
  const { control, register, formState } = useFormContext<CreateCaFormValues>();
  const hasNoRoot = !roots.isLoading && !roots.failure && roots.roots.length === 0;

  return (
    <>
      <Controller
        control={control}
        name="cloudCertificationAuthorityType"
        render={({ field }) => (
          <Field label="CA type" required validationMessage={fieldError(formState.errors, 'cloudCertificationAuthorityType')}>
            <RadioGroup
              value={field.value}
              onChange={(_, data) => {
                const type = data.value as CreateCaFormValues['cloudCertificationAuthorityType'];
                field.onChange(type);
                onTypeChange(type);
              }}
              layout="horizontal"
            >
              <Radio value="rootCertificationAuthority" label="Root CA" />
              <Radio value="issuingCertificationAuthority" label="Issuing CA" />
            </RadioGroup>
          </Field>
        )}
      />
      {isIssuing && (
        <>
          {/* Bring-your-own-root (an external CA signs Intune's CSR, spec §3.6) is not built yet; shown so the choice is known. */}
          <Field label="Root CA source" hint="Bring your own root CA is coming in a later release.">
            <RadioGroup value="intune" layout="horizontal">
              <Radio value="intune" label="Intune" />
              <Radio value="byoca" label="Bring your own root CA" disabled />
            </RadioGroup>
          </Field>
          {roots.failure && (
            <MessageBar intent="error">
              <MessageBarBody>The root CAs couldn’t be loaded: {roots.failure.message}</MessageBarBody>
            </MessageBar>
          )}
          {hasNoRoot && (
            <MessageBar intent="warning">
              <MessageBarBody>This tenant has no active root CA. Create a root CA first: an issuing CA is anchored to it.</MessageBarBody>
            </MessageBar>
          )}
          <Field label="Root CA" required validationMessage={fieldError(formState.errors, 'certificationAuthorityIssuerId')}>
            <Select
              {...register('certificationAuthorityIssuerId', {
                onChange: (event: { target: { value: string } }) =>
                  onRootChange(roots.roots.find((root) => root.id === event.target.value)),
              })}
            >
              <option value="">{roots.isLoading ? 'Loading root CAs…' : 'Select a root CA'}</option>
              {roots.roots.map((root) => (
                <option key={root.id} value={root.id}>
                  {root.displayName} (CN: {root.commonName})
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
    </>
  );
}
