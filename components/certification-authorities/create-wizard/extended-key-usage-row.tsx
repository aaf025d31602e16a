'use client';
import { Button, Field, Input, mergeClasses, Select } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useFormContext, useWatch } from 'react-hook-form';
import type { TExtendedKeyUsage } from '@/lib/schemas/extended-key-usage';
import { EMPTY_EXTENDED_KEY_USAGE, type CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';
import type { ExtendedKeyUsageRows } from './use-extended-key-usage-rows';
import { useCreateWizardStyles } from './create-wizard.styles';

const CUSTOM = 'custom';

interface ExtendedKeyUsageRowProps {
  index: number;
  rowId: string;
  rows: ExtendedKeyUsageRows;
  offered: readonly TExtendedKeyUsage[];
  allowCustom: boolean;
}

/** One EKU: a Type from the offered list, or "Custom" with its own Name and Object identifier. */
export function ExtendedKeyUsageRow({ index, rowId, rows, offered, allowCustom }: ExtendedKeyUsageRowProps) {
  const styles = useCreateWizardStyles();
  const { register, setValue, control, formState } = useFormContext<CreateCaFormValues>();
  const value = useWatch({ control, name: `extendedKeyUsages.${index}` });
  const nameError = fieldError(formState.errors, `extendedKeyUsages.${index}.name`);
  const oidError = fieldError(formState.errors, `extendedKeyUsages.${index}.objectIdentifier`);

  const preset = offered.find((eku) => eku.objectIdentifier === value?.objectIdentifier);
  // A value that matches no offered type was typed in by hand, so it shows as Custom even if the mark was lost.
  const isCustom = allowCustom && (rows.isMarkedCustom(rowId) || (!!value?.objectIdentifier && !preset));
  const selected = isCustom ? CUSTOM : (preset?.objectIdentifier ?? '');
  // Without a type the row's Name/Object identifier errors have no input to sit under: they mean "pick one".
  const rowError = oidError ?? nameError;
  const typeError = isCustom || !rowError ? undefined : selected ? rowError : 'Choose a type';

  const chooseType = (type: string) => {
    rows.setCustom(rowId, type === CUSTOM);
    const chosen = offered.find((eku) => eku.objectIdentifier === type);
    setValue(`extendedKeyUsages.${index}`, chosen ? { name: chosen.name, objectIdentifier: chosen.objectIdentifier } : EMPTY_EXTENDED_KEY_USAGE, {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted || nameError !== undefined || oidError !== undefined,
    });
  };

  return (
    <li className={styles.ekuRow}>
      <Field
        label="Type"
        required
        className={mergeClasses(!isCustom && styles.ekuTypeWide)}
        validationMessage={typeError}
      >
        <Select value={selected} onChange={(_, data) => chooseType(data.value)}>
          <option value="">Select a type</option>
          {offered.map((eku) => (
            <option key={eku.objectIdentifier} value={eku.objectIdentifier}>
              {eku.name} ({eku.objectIdentifier})
            </option>
          ))}
          {allowCustom && <option value={CUSTOM}>Custom</option>}
        </Select>
      </Field>
      {isCustom && (
        <>
          <Field label="Name" required validationMessage={nameError}>
            <Input {...register(`extendedKeyUsages.${index}.name`)} />
          </Field>
          <Field label="Object identifier" required validationMessage={oidError}>
            <Input {...register(`extendedKeyUsages.${index}.objectIdentifier`)} placeholder="1.3.6.1.5.5.7.3.2" />
          </Field>
        </>
      )}
      <Button
        appearance="subtle"
        icon={<Delete20Regular />}
        aria-label={`Remove extended key usage ${index + 1}`}
        onClick={() => rows.remove(index)}
        className={styles.ekuRemove}
      />
    </li>
  );
}
