import { DeviceConfigurationNotFound } from '@/components/device-configurations/detail/device-configuration-not-found';

export default function DeviceConfigurationNotFoundPage() {
  return <DeviceConfigurationNotFound />;
}
