'use client';
import { Laptop24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { DEVICES_BREADCRUMB } from '../directory-paths';

/** The detail route's loading.tsx: the blade frame before the device's name is known. */
export function DeviceDetailLoading() {
  return (
    <Blade breadcrumb={DEVICES_BREADCRUMB} title="Device" icon={<Laptop24Regular />}>
      <DirectoryGridSkeleton label="Loading the device" />
    </Blade>
  );
}
