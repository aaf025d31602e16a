import { DeviceConfigurationList } from '@/components/device-configurations/list/device-configuration-list';

export default function DeviceConfigurationPage() {
  return <DeviceConfigurationList />;
}
