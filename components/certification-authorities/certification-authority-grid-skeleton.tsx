'use client';
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useCertificationAuthorityListStyles } from './certification-authority-list.styles';

const ROWS = [0, 1, 2, 3];

/** Stand-in for the grid while the CAs load. */
export function CertificationAuthorityGridSkeleton() {
  const styles = useCertificationAuthorityListStyles();
  return (
    <Skeleton aria-label="Loading certification authorities" className={styles.skeleton}>
      {ROWS.map((row) => (
        <div key={row} className={styles.skeletonRow}>
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </div>
      ))}
    </Skeleton>
  );
}
