'use client';
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useDirectoryListStyles } from './directory-list.styles';

const ROWS = [0, 1, 2, 3, 4, 5];

/** Stand-in for a grid or an Essentials block while its data loads. */
export function DirectoryGridSkeleton({ label }: { label: string }) {
  const styles = useDirectoryListStyles();
  return (
    <Skeleton aria-label={label} className={styles.skeleton}>
      {ROWS.map((row) => (
        <SkeletonItem key={row} size={16} />
      ))}
    </Skeleton>
  );
}
