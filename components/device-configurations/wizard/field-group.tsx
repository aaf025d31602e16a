'use client';
import * as React from 'react';
import { Label, Text } from '@fluentui/react-components';
import { useFieldGroupStyles } from './field-group.styles';

interface FieldGroupProps {
  label: string;
  required?: boolean;
  hint?: React.ReactNode;
  validationMessage?: string;
  children: React.ReactNode;
}

/**
 * A labelled group of several controls (checkboxes, a table of rows) with one message under it: Fluent's Field
 * labels a single control, and a <label> may not point at a group.
 */
export function FieldGroup({ label, required = false, hint, validationMessage, children }: FieldGroupProps) {
  const styles = useFieldGroupStyles();
  const id = React.useId();
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={validationMessage ? `${id}-message` : undefined} className={styles.root}>
      <Label id={`${id}-label`} required={required} weight="semibold">
        {label}
      </Label>
      {hint && <Text className={styles.hint}>{hint}</Text>}
      {children}
      {validationMessage && (
        <Text id={`${id}-message`} role="alert" className={styles.error}>
          {validationMessage}
        </Text>
      )}
    </div>
  );
}
