'use client';
import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useProfileDetailStyles } from './detail.styles';

export interface DefinitionEntry {
  label: string;
  value: React.ReactNode;
  isMono?: boolean;
}

/** Label/value pairs: the Essentials block (`isEssentials`) or a section's settings. */
export function DefinitionList({ entries, isEssentials = false, label }: { entries: readonly DefinitionEntry[]; isEssentials?: boolean; label?: string }) {
  const styles = useProfileDetailStyles();
  return (
    <dl className={isEssentials ? styles.essentials : styles.list} aria-label={label}>
      {entries.map((entry) => (
        <div key={entry.label} className={styles.entry}>
          <dt className={styles.term}>{entry.label}</dt>
          <dd className={mergeClasses(styles.value, entry.isMono && styles.mono)}>{entry.value}</dd>
        </div>
      ))}
    </dl>
  );
}
