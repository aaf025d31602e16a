'use client';
import { Button, Select, Text } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { EKU_PRESETS } from '@/lib/schemas/extended-key-usage';
import { FieldGroup } from '../wizard/field-group';
import { FormInput } from '../wizard/form-input';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';
import { useScepStyles } from './scep.styles';

function ExtendedKeyUsageRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const styles = useScepStyles();
  const nameMessage = useScepFieldMessage(`extendedKeyUsages.${index}.name`);
  const oidMessage = useScepFieldMessage(`extendedKeyUsages.${index}.objectIdentifier`);
  const rowMessage = useScepFieldMessage(`extendedKeyUsages.${index}`);
  const number = index + 1;
  const message = nameMessage ?? oidMessage ?? rowMessage;
  return (
    <li className={styles.ekuRow}>
      <FormInput<ScepFormValues> name={`extendedKeyUsages.${index}.name`} aria-label={`Extended key usage ${number} name`} aria-invalid={!!nameMessage} />
      <FormInput<ScepFormValues>
        name={`extendedKeyUsages.${index}.objectIdentifier`}
        aria-label={`Extended key usage ${number} object identifier`}
        aria-invalid={!!(oidMessage ?? rowMessage)}
        placeholder="1.3.6.1.5.5.7.3.2"
      />
      <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Delete extended key usage ${number}`} onClick={onRemove} />
      {message && (
        <Text role="alert" className={styles.rowError}>
          {message}
        </Text>
      )}
    </li>
  );
}

/** Extended key usage: Name + Object Identifier rows, with Intune's predefined values. */
export function ExtendedKeyUsagesField() {
  const styles = useScepStyles();
  const { control } = useFormContext<ScepFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'extendedKeyUsages' });
  const current = useWatch({ control, name: 'extendedKeyUsages' });
  const listMessage = useScepFieldMessage('extendedKeyUsages');
  const present = new Set(current.map((eku) => eku.objectIdentifier));
  const offered = EKU_PRESETS.filter((eku) => !present.has(eku.objectIdentifier));

  return (
    <FieldGroup
      label="Extended key usage"
      required
      hint="Usually Client Authentication. Each usage must also be on the issuing CA. Any Purpose (2.5.29.37.0) and Any App Policy (1.3.6.1.4.1.311.10.12.1) can't be used with Cloud PKI."
      validationMessage={listMessage}
    >
      {fields.length > 0 && (
        <ul className={styles.rows}>
          <li className={styles.ekuRow} aria-hidden>
            <Text className={styles.columnHeader}>Name</Text>
            <Text className={styles.columnHeader}>Object Identifier</Text>
          </li>
          {fields.map((field, index) => (
            <ExtendedKeyUsageRow key={field.id} index={index} onRemove={() => remove(index)} />
          ))}
        </ul>
      )}
      <div className={styles.addRow}>
        <Select
          aria-label="Predefined values"
          value=""
          onChange={(_, data) => {
            const preset = EKU_PRESETS.find((eku) => eku.objectIdentifier === data.value);
            if (preset) append({ name: preset.name, objectIdentifier: preset.objectIdentifier });
          }}
        >
          <option value="">Predefined values</option>
          {offered.map((eku) => (
            <option key={eku.objectIdentifier} value={eku.objectIdentifier}>
              {eku.name} ({eku.objectIdentifier})
            </option>
          ))}
        </Select>
        <Button icon={<Add20Regular />} onClick={() => append({ name: '', objectIdentifier: '' })}>
          Add custom extended key usage
        </Button>
      </div>
    </FieldGroup>
  );
}
