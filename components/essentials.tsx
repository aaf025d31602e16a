'use client';
import * as React from 'react';
import { mergeClasses, Subtitle2 } from '@fluentui/react-components';
import { useEssentialsStyles } from './essentials.styles';

export interface EssentialsEntry {
  label: string;
  value: React.ReactNode;
  isMono?: boolean;
}

/** The key facts of an object in two columns, like the admin center's Essentials block. */
export function Essentials({ entries }: { entries: readonly EssentialsEntry[] }) {
  const styles = useEssentialsStyles();
  return (
    <section className={styles.section} aria-labelledby="essentials-heading">
      <Subtitle2 as="h2" id="essentials-heading" className={styles.heading}>
        Essentials
      </Subtitle2>
      <dl className={styles.essentials}>
        {entries.map((entry) => (
          <div key={entry.label} className={styles.entry}>
            <dt className={styles.term}>{entry.label}</dt>
            <dd className={mergeClasses(styles.value, entry.isMono && styles.mono)}>{entry.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
