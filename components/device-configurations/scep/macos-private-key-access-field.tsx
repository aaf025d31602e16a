'use client';
import { Field, Switch } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';

/** macOS: Allow all apps access to private key. */
export function MacOSPrivateKeyAccessField() {
  const { control } = useFormContext<ScepFormValues>();
  const message = useScepFieldMessage('allowAllAppsAccess');
  return (
    <Controller
      control={control}
      name="allowAllAppsAccess"
      render={({ field }) => (
        <Field label="Allow all apps access to private key" validationMessage={message}>
          <Switch checked={field.value === true} onChange={(_, data) => field.onChange(data.checked)} onBlur={field.onBlur} label={field.value ? 'Enable' : 'Disable'} />
        </Field>
      )}
    />
  );
}
