'use client';
import { Field } from '@fluentui/react-components';
import { FormInput } from '../wizard/form-input';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';

/** Renewal threshold (%): 1–99, Intune recommends 20. */
export function RenewalThresholdField() {
  const message = useScepFieldMessage('renewalThresholdPercentage');
  return (
    <Field
      label="Renewal threshold (%)"
      required
      hint="The percentage of remaining certificate lifetime at which a device may request renewal. The recommended amount is 20%."
      validationMessage={message}
    >
      <FormInput<ScepFormValues> name="renewalThresholdPercentage" isNumber type="number" min={1} max={99} />
    </Field>
  );
}
