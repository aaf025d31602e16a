'use client';
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useDetailStyles } from './detail.styles';

const ROWS = [0, 1, 2, 3, 4, 5];

export function CertificationAuthorityDetailSkeleton() {
  const styles = useDetailStyles();
  return (
    <Skeleton aria-label="Loading the certification authority" className={styles.skeleton}>
      {ROWS.map((row) => (
        <SkeletonItem key={row} size={16} />
      ))}
    </Skeleton>
  );
}
