import { DeviceConfigurationListLoading } from '@/components/device-configurations/list/device-configuration-list-loading';

export default function DeviceConfigurationLoading() {
  return <DeviceConfigurationListLoading />;
}
