'use client';
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useLeafCertificateListStyles } from './leaf-certificate-list.styles';

const ROWS = [0, 1, 2, 3, 4, 5];

/** Stand-in for the grid or the Essentials block while they load. */
export function LeafCertificateSkeleton({ label }: { label: string }) {
  const styles = useLeafCertificateListStyles();
  return (
    <Skeleton aria-label={label} className={styles.skeleton}>
      {ROWS.map((row) => (
        <SkeletonItem key={row} size={16} />
      ))}
    </Skeleton>
  );
}
