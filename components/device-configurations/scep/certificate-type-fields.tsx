'use client';
import { Field, Select } from '@fluentui/react-components';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Platform } from '@/lib/deployment/platforms';
import { CERTIFICATE_STORE_LABELS, CERTIFICATE_STORES } from '@/lib/schemas/device-configuration/scep-certificate-profile-fields';
import { DEFAULT_SUBJECT_NAME_FORMAT } from '@/lib/schemas/device-configuration/scep-profile-defaults';
import { variablesFor, type CertificateStore } from '@/lib/schemas/device-configuration/scep-variables';
import { DEPLOYMENT_CHANNEL_LABELS, DEPLOYMENT_CHANNELS } from '@/lib/schemas/device-configuration/trusted-certificate-profile';
import { FormInput } from '../wizard/form-input';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';
import { useScepStyles } from './scep.styles';

/** Deployment channel (macOS), Certificate type and Subject name format: the type decides the subject's default and variables. */
export function CertificateTypeFields({ platform }: { platform: Platform }) {
  const styles = useScepStyles();
  const { register, control, getValues, setValue } = useFormContext<ScepFormValues>();
  const certificateStore = useWatch({ control, name: 'certificateStore' });
  const deploymentChannel = useWatch({ control, name: 'deploymentChannel' });
  const channelMessage = useScepFieldMessage('deploymentChannel');
  const storeMessage = useScepFieldMessage('certificateStore');
  const subjectMessage = useScepFieldMessage('subjectNameFormatString');

  // A subject still at the old type's default follows the type; one the admin wrote stays.
  const changeStore = (next: CertificateStore) => {
    const previous = getValues('certificateStore');
    const isDefaultSubject = getValues('subjectNameFormatString') === DEFAULT_SUBJECT_NAME_FORMAT[previous];
    setValue('certificateStore', next, { shouldDirty: true, shouldValidate: true });
    if (previous !== next && isDefaultSubject) {
      setValue('subjectNameFormatString', DEFAULT_SUBJECT_NAME_FORMAT[next], { shouldDirty: true, shouldValidate: true });
    }
  };

  // The user channel installs into the user keychain, so it takes user certificates only.
  const isUserChannel = platform === 'macOS' && deploymentChannel === 'userChannel';

  return (
    <>
      {platform === 'macOS' && (
        <Field label="Deployment channel" required hint="Can't be changed after the profile is deployed." validationMessage={channelMessage}>
          <Select
            {...register('deploymentChannel', {
              onChange: (event: { target: { value: string } }) => event.target.value === 'userChannel' && changeStore('user'),
            })}
          >
            {DEPLOYMENT_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {DEPLOYMENT_CHANNEL_LABELS[channel]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Certificate type" required validationMessage={storeMessage}>
        <Select value={certificateStore} onChange={(_, data) => changeStore(data.value === 'machine' ? 'machine' : 'user')}>
          {CERTIFICATE_STORES.map((store) => (
            <option key={store} value={store} disabled={isUserChannel && store === 'machine'}>
              {CERTIFICATE_STORE_LABELS[store]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Subject name format"
        required
        hint={
          <>
            Variables for {certificateStore === 'user' ? 'user' : 'device'} certificates:{' '}
            <span className={styles.variables}>{variablesFor(certificateStore, platform).map((name) => `{{${name}}}`).join(' ')}</span>
          </>
        }
        validationMessage={subjectMessage}
      >
        <FormInput<ScepFormValues> name="subjectNameFormatString" />
      </Field>
    </>
  );
}
