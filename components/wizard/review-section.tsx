'use client';
import * as React from 'react';
import { Link, Subtitle2 } from '@fluentui/react-components';
import { useReviewSectionStyles } from './review-section.styles';

export interface ReviewEntry {
  label: string;
  value: React.ReactNode;
}

interface ReviewSectionProps {
  id: string;
  title: string;
  entries: readonly ReviewEntry[];
  onEdit: () => void;
}

/** One wizard tab's values on Review + create, with an Edit link back to that tab. */
export function ReviewSection({ id, title, entries, onEdit }: ReviewSectionProps) {
  const styles = useReviewSectionStyles();
  const headingId = `review-${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <div className={styles.sectionHeader}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {title}
        </Subtitle2>
        <Link as="button" type="button" onClick={onEdit} aria-label={`Edit ${title}`}>
          Edit
        </Link>
      </div>
      <dl className={styles.list}>
        {entries.map((entry) => (
          <div key={entry.label} className={styles.entry}>
            <dt className={styles.term}>{entry.label}</dt>
            <dd className={styles.value}>{entry.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
