'use client';
import * as React from 'react';
import { useFieldArray, type Control } from 'react-hook-form';
import type { TExtendedKeyUsage } from '@/lib/schemas/extended-key-usage';
import { EMPTY_EXTENDED_KEY_USAGE, type CreateCaFormValues } from './create-certification-authority-form';

/**
 * The EKU rows and which of them the user switched to "Custom". That choice isn't part of the Graph body, so it
 * lives here; the wizard calls this hook so the choice survives leaving and re-entering the tab.
 */
export function useExtendedKeyUsageRows(control: Control<CreateCaFormValues>) {
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'extendedKeyUsages' });
  const [customRowIds, setCustomRowIds] = React.useState<ReadonlySet<string>>(() => new Set());

  const setCustom = (rowId: string, isCustom: boolean) =>
    setCustomRowIds((ids) => {
      const next = new Set(ids);
      if (isCustom) next.add(rowId);
      else next.delete(rowId);
      return next;
    });

  /** Start over with these rows (e.g. the EKUs still valid under a newly chosen root), or one empty row. */
  const replaceAll = (rows: readonly TExtendedKeyUsage[]) => {
    replace(rows.length > 0 ? rows.map((row) => ({ ...row })) : [EMPTY_EXTENDED_KEY_USAGE]);
    setCustomRowIds(new Set());
  };

  return {
    fields,
    add: () => append(EMPTY_EXTENDED_KEY_USAGE),
    remove,
    replaceAll,
    isMarkedCustom: (rowId: string) => customRowIds.has(rowId),
    setCustom,
  };
}

export type ExtendedKeyUsageRows = ReturnType<typeof useExtendedKeyUsageRows>;
