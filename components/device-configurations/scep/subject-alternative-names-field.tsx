'use client';
import { Button, Select, Text } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { SAN_TYPE_LABELS, SAN_TYPES } from '@/lib/schemas/device-configuration/check-subject-alternative-name';
import { FieldGroup } from '../wizard/field-group';
import { FormInput } from '../wizard/form-input';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';
import { useScepStyles } from './scep.styles';

function SubjectAlternativeNameRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const styles = useScepStyles();
  const { register } = useFormContext<ScepFormValues>();
  const typeMessage = useScepFieldMessage(`customSubjectAlternativeNames.${index}.sanType`);
  const valueMessage = useScepFieldMessage(`customSubjectAlternativeNames.${index}.name`);
  const number = index + 1;
  return (
    <li className={styles.sanRow}>
      <Select {...register(`customSubjectAlternativeNames.${index}.sanType`)} aria-label={`Subject alternative name ${number} attribute`} aria-invalid={!!typeMessage}>
        {SAN_TYPES.map((type) => (
          <option key={type} value={type}>
            {SAN_TYPE_LABELS[type]}
          </option>
        ))}
      </Select>
      <FormInput<ScepFormValues>
        name={`customSubjectAlternativeNames.${index}.name`}
        aria-label={`Subject alternative name ${number} value`}
        aria-invalid={!!valueMessage}
        placeholder="{{UserPrincipalName}}"
      />
      <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Delete subject alternative name ${number}`} onClick={onRemove} />
      {(typeMessage ?? valueMessage) && (
        <Text role="alert" className={styles.rowError}>
          {typeMessage ?? valueMessage}
        </Text>
      )}
    </li>
  );
}

/** Subject alternative name: a table of Attribute + Value rows. */
export function SubjectAlternativeNamesField() {
  const styles = useScepStyles();
  const { control } = useFormContext<ScepFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'customSubjectAlternativeNames' });
  const listMessage = useScepFieldMessage('customSubjectAlternativeNames');
  return (
    <FieldGroup
      label="Subject alternative name"
      hint="How Intune builds the SAN values in the certificate request. UPN and email values need an @; DNS values can't contain one."
      validationMessage={listMessage}
    >
      {fields.length > 0 && (
        <ul className={styles.rows}>
          <li className={styles.sanRow} aria-hidden>
            <Text className={styles.columnHeader}>Attribute</Text>
            <Text className={styles.columnHeader}>Value</Text>
          </li>
          {fields.map((field, index) => (
            <SubjectAlternativeNameRow key={field.id} index={index} onRemove={() => remove(index)} />
          ))}
        </ul>
      )}
      <Button icon={<Add20Regular />} className={styles.start} onClick={() => append({ sanType: 'userPrincipalName', name: '' })}>
        Add subject alternative name
      </Button>
    </FieldGroup>
  );
}
