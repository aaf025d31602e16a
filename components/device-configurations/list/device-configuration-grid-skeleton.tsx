'use client';
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useDeviceConfigurationListStyles } from './device-configuration-list.styles';

const ROWS = [0, 1, 2, 3];
const COLUMNS = [0, 1, 2, 3, 4];

/** Stand-in for the grid while the profiles load. */
export function DeviceConfigurationGridSkeleton() {
  const styles = useDeviceConfigurationListStyles();
  return (
    <Skeleton aria-label="Loading configuration profiles" className={styles.skeleton}>
      {ROWS.map((row) => (
        <div key={row} className={styles.skeletonRow}>
          {COLUMNS.map((column) => (
            <SkeletonItem key={column} size={16} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
