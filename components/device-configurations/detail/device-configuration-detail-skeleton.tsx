'use client';
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useProfileDetailStyles } from './detail.styles';

const ROWS = [0, 1, 2, 3, 4, 5];

export function DeviceConfigurationDetailSkeleton() {
  const styles = useProfileDetailStyles();
  return (
    <Skeleton aria-label="Loading the profile" className={styles.skeleton}>
      {ROWS.map((row) => (
        <SkeletonItem key={row} size={16} />
      ))}
    </Skeleton>
  );
}
