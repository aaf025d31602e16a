'use client';
import { Field, Input } from '@fluentui/react-components';
import { DEFAULT_CHALLENGE_VALIDITY_MINUTES } from '@/lib/schemas/scep-challenge';

export interface ChallengeFormValues {
  deviceName: string;
  validityInMinutes: string;
}

export const INITIAL_CHALLENGE_FORM: ChallengeFormValues = { deviceName: '', validityInMinutes: String(DEFAULT_CHALLENGE_VALIDITY_MINUTES) };

interface EnrollmentChallengeFieldsProps {
  values: ChallengeFormValues;
  errors: Partial<Record<keyof ChallengeFormValues, string>>;
  onChange: (values: ChallengeFormValues) => void;
}

/** Optional device name (for the audit log) and how long the challenge stays usable. */
export function EnrollmentChallengeFields({ values, errors, onChange }: EnrollmentChallengeFieldsProps) {
  return (
    <>
      <Field label="Device name" hint="Optional. Recorded with the challenge in the audit log." validationMessage={errors.deviceName}>
        <Input value={values.deviceName} onChange={(_, data) => onChange({ ...values, deviceName: data.value })} />
      </Field>
      <Field label="Validity (minutes)" hint="From 1 minute to 7 days (10080 minutes)." validationMessage={errors.validityInMinutes}>
        <Input
          type="number"
          min={1}
          max={10080}
          value={values.validityInMinutes}
          onChange={(_, data) => onChange({ ...values, validityInMinutes: data.value })}
        />
      </Field>
    </>
  );
}
