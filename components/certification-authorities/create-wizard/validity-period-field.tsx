'use client';
import { Field, Select } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import {
  ISSUING_VALIDITY_YEARS,
  RECOMMENDED_ISSUING_VALIDITY_YEARS,
  ROOT_VALIDITY_YEARS,
} from '@/lib/schemas/certification-authority';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { formatDate } from '../certification-authority-format';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';
import { fitsWithinRoot } from './issuing-validity';

// "" (nothing chosen) maps to undefined so zod reports "Choose a validity period" rather than a bad number.
const toYears = (value: unknown) => (value === '' || value === undefined ? undefined : Number(value));

interface ValidityPeriodFieldProps {
  isIssuing: boolean;
  root: GraphCloudCertificationAuthority | undefined;
}

export function ValidityPeriodField({ isIssuing, root }: ValidityPeriodFieldProps) {
  const { register, formState } = useFormContext<CreateCaFormValues>();
  const years = isIssuing ? ISSUING_VALIDITY_YEARS : ROOT_VALIDITY_YEARS;
  const hint = !isIssuing
    ? undefined
    : root
      ? `An issuing CA can't outlive its root. ${root.displayName} is valid until ${formatDate(root.validityEndDateTime)}, ` +
        'so longer periods are unavailable.'
      : "Choose the root CA first: an issuing CA can't outlive its root.";

  return (
    <Field label="Validity period" required hint={hint} validationMessage={fieldError(formState.errors, 'validityPeriodInYears')}>
      <Select {...register('validityPeriodInYears', { setValueAs: toYears })}>
        <option value="">Select a validity period</option>
        {years.map((year) => (
          <option key={year} value={year} disabled={isIssuing && root !== undefined && !fitsWithinRoot(year, root)}>
            {year} years{isIssuing && year === RECOMMENDED_ISSUING_VALIDITY_YEARS ? ' (recommended)' : ''}
          </option>
        ))}
      </Select>
    </Field>
  );
}
