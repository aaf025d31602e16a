'use client';
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';
import type { ActiveRoots } from './use-active-root-certification-authorities';

type CaType = CreateCaFormValues['cloudCertificationAuthorityType'];

interface CertificationAuthorityTypeFieldsProps {
  isIssuing: boolean;
  isExternal: boolean;
  roots: ActiveRoots;
  onTypeChange: (type: CaType) => void;
  onRootChange: (root: GraphCloudCertificationAuthority | undefined) => void;
}

/**
 * CA type, and for an issuing CA where its root comes from. The two radios together pick one Graph
 * `cloudCertificationAuthorityType`: Root, Issuing with an Intune root, or Issuing with your own root.
 */
export function CertificationAuthorityTypeFields({ isIssuing, isExternal, roots, onTypeChange, onRootChange }: CertificationAuthorityTypeFieldsProps) {
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
              value={field.value === 'rootCertificationAuthority' ? field.value : 'issuingCertificationAuthority'}
              onChange={(_, data) => {
                const type = data.value as CaType;
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
      {(isIssuing || isExternal) && (
        <Controller
          control={control}
          name="cloudCertificationAuthorityType"
          render={({ field }) => (
            <Field label="Root CA source">
              <RadioGroup
                value={field.value}
                onChange={(_, data) => {
                  const type = data.value as CaType;
                  field.onChange(type);
                  onTypeChange(type);
                }}
                layout="horizontal"
              >
                <Radio value="issuingCertificationAuthority" label="Intune" />
                <Radio value="issuingCertificationAuthorityWithExternalRoot" label="Bring your own root CA" />
              </RadioGroup>
            </Field>
          )}
        />
      )}
      {isExternal && (
        // The CA starts in "Signing required"; the customer's CA signs its CSR.
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            After you create this CA, download its certificate signing request (CSR), have your own CA sign it with a subordinate CA
            template, and upload the signed certificate with its chain of trust. The validity period is set by your CA.
          </MessageBarBody>
        </MessageBar>
      )}
      {isIssuing && (
        <>
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
