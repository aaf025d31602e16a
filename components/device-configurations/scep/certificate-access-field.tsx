'use client';
import { Button, Field, Radio, RadioGroup, Subtitle2, Text } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { CERTIFICATE_ACCESS_TYPE_LABELS, CERTIFICATE_ACCESS_TYPES } from '@/lib/schemas/device-configuration/scep-certificate-profile-fields';
import { FieldGroup } from '../wizard/field-group';
import { FormInput } from '../wizard/form-input';
import { useProfileWizardStyles } from '../wizard/profile-wizard.styles';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';
import { useScepStyles } from './scep.styles';

function AppRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const styles = useScepStyles();
  const message = useScepFieldMessage(`silentCertificateAccessDetails.${index}.packageId`);
  return (
    <li className={styles.appRow}>
      <FormInput<ScepFormValues> name={`silentCertificateAccessDetails.${index}.packageId`} aria-label={`App ${index + 1} package ID`} placeholder="com.contoso.app" />
      <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Delete app ${index + 1}`} onClick={onRemove} />
      {message && (
        <Text role="alert" className={styles.rowError}>
          {message}
        </Text>
      )}
    </li>
  );
}

/** Android Enterprise device owner: Apps › Certificate access, and the apps granted silent access. */
export function CertificateAccessField() {
  const styles = useScepStyles();
  const wizard = useProfileWizardStyles();
  const { control } = useFormContext<ScepFormValues>();
  const accessType = useWatch({ control, name: 'certificateAccessType' });
  const { fields, append, remove } = useFieldArray({ control, name: 'silentCertificateAccessDetails' });
  const typeMessage = useScepFieldMessage('certificateAccessType');
  const appsMessage = useScepFieldMessage('silentCertificateAccessDetails');
  return (
    <section className={wizard.section} aria-labelledby="scep-apps-heading">
      <Subtitle2 as="h2" id="scep-apps-heading" className={wizard.heading}>
        Apps
      </Subtitle2>
      <Controller
        control={control}
        name="certificateAccessType"
        render={({ field }) => (
          <Field label="Certificate access" required validationMessage={typeMessage}>
            <RadioGroup value={field.value} onChange={(_, data) => field.onChange(data.value)}>
              {CERTIFICATE_ACCESS_TYPES.map((type) => (
                <Radio key={type} value={type} label={CERTIFICATE_ACCESS_TYPE_LABELS[type]} />
              ))}
            </RadioGroup>
          </Field>
        )}
      />
      {accessType === 'specificApps' && (
        <FieldGroup label="Apps granted silent access" required validationMessage={appsMessage}>
          <ul className={styles.rows}>
            {fields.map((field, index) => (
              <AppRow key={field.id} index={index} onRemove={() => remove(index)} />
            ))}
          </ul>
          <Button icon={<Add20Regular />} className={styles.start} onClick={() => append({ packageId: '' })}>
            Add app
          </Button>
        </FieldGroup>
      )}
    </section>
  );
}
