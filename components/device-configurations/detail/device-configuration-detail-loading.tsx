'use client';
import { Certificate24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { CONFIGURATION_BREADCRUMB } from '../device-configuration-paths';
import { DeviceConfigurationDetailSkeleton } from './device-configuration-detail-skeleton';

export function DeviceConfigurationDetailLoading() {
  return (
    <Blade breadcrumb={CONFIGURATION_BREADCRUMB} title="Configuration profile" icon={<Certificate24Regular />}>
      <DeviceConfigurationDetailSkeleton />
    </Blade>
  );
}
