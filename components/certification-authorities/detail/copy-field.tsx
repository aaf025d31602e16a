'use client';
import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useCopyToClipboard } from './use-copy-to-clipboard';
import { useDetailStyles } from './detail.styles';

interface CopyFieldProps {
  label: string;
  value: string;
  hint?: string;
  /** More buttons after Copy, e.g. Test. */
  children?: React.ReactNode;
}

/** A read-only value with "Copy to clipboard" beside it, as the admin center shows URIs to paste elsewhere. */
export function CopyField({ label, value, hint, children }: CopyFieldProps) {
  const styles = useDetailStyles();
  const copy = useCopyToClipboard();
  return (
    <Field label={label} hint={hint}>
      {(fieldProps) => (
        <div className={styles.copyRow}>
          <Input {...fieldProps} readOnly value={value} className={styles.copyInput} />
          <Button icon={<Copy20Regular />} aria-label={`Copy the ${label}`} onClick={() => void copy(value, label)}>
            Copy
          </Button>
          {children}
        </div>
      )}
    </Field>
  );
}
