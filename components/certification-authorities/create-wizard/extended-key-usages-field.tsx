'use client';
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useFormContext } from 'react-hook-form';
import type { TExtendedKeyUsage } from '@/lib/schemas/extended-key-usage';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { ExtendedKeyUsageRow } from './extended-key-usage-row';
import { fieldError } from './form-error';
import type { ExtendedKeyUsageRows } from './use-extended-key-usage-rows';
import { useCreateWizardStyles } from './create-wizard.styles';

interface ExtendedKeyUsagesFieldProps {
  rows: ExtendedKeyUsageRows;
  offered: readonly TExtendedKeyUsage[];
  allowCustom: boolean;
  description: string;
}

export function ExtendedKeyUsagesField({ rows, offered, allowCustom, description }: ExtendedKeyUsagesFieldProps) {
  const styles = useCreateWizardStyles();
  const { formState } = useFormContext<CreateCaFormValues>();
  const listError = fieldError(formState.errors, 'extendedKeyUsages');

  return (
    <section className={styles.section} aria-labelledby="eku-heading">
      <Subtitle2 as="h2" id="eku-heading" className={styles.heading}>
        Extended key usages
      </Subtitle2>
      <Text className={styles.sectionText}>{description}</Text>
      <ul className={styles.ekuList} aria-labelledby="eku-heading">
        {rows.fields.map((field, index) => (
          <ExtendedKeyUsageRow key={field.id} index={index} rowId={field.id} rows={rows} offered={offered} allowCustom={allowCustom} />
        ))}
      </ul>
      {listError && (
        <Text role="alert" className={styles.errorText}>
          {listError}
        </Text>
      )}
      <Button icon={<Add20Regular />} onClick={rows.add} className={styles.ekuAdd}>
        Add
      </Button>
    </section>
  );
}
