'use client';
import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useProfileDetailStyles } from './detail.styles';

export interface DefinitionEntry {
  label: string;
  value: React.ReactNode;
  isMono?: boolean;
}

/** A section's settings as label/value pairs. */
export function DefinitionList({ entries, label }: { entries: readonly DefinitionEntry[]; label?: string }) {
  const styles = useProfileDetailStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {entries.map((entry) => (
        <div key={entry.label} className={styles.entry}>
          <dt className={styles.term}>{entry.label}</dt>
          <dd className={mergeClasses(styles.value, entry.isMono && styles.mono)}>{entry.value}</dd>
        </div>
      ))}
    </dl>
  );
}
