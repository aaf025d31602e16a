'use client';
import { Field, Select } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import { VALIDITY_SCALES } from '@/lib/schemas/device-configuration/scep-certificate-profile-fields';
import { FormInput } from '../wizard/form-input';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';
import { useScepStyles } from './scep.styles';

const SCALE_LABELS = { days: 'Days', months: 'Months', years: 'Years' } as const;

/** Certificate validity period: a number and Days / Months / Years (default 1 year). */
export function ValidityPeriodField() {
  const styles = useScepStyles();
  const { register } = useFormContext<ScepFormValues>();
  const valueMessage = useScepFieldMessage('certificateValidityPeriodValue');
  const scaleMessage = useScepFieldMessage('certificateValidityPeriodScale');
  return (
    <Field
      label="Certificate validity period"
      required
      hint="Shorter than the issuing CA's remaining validity; Intune recommends at least 5 days."
      validationMessage={valueMessage ?? scaleMessage}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <FormInput<ScepFormValues> {...fieldProps} name="certificateValidityPeriodValue" isNumber type="number" min={1} className={styles.validityValue} />
          <Select {...register('certificateValidityPeriodScale')} aria-label="Certificate validity period unit">
            {VALIDITY_SCALES.map((scale) => (
              <option key={scale} value={scale}>
                {SCALE_LABELS[scale]}
              </option>
            ))}
          </Select>
        </div>
      )}
    </Field>
  );
}
