import { DeviceConfigurationDetailLoading } from '@/components/device-configurations/detail/device-configuration-detail-loading';

export default function DeviceConfigurationDetailLoadingPage() {
  return <DeviceConfigurationDetailLoading />;
}
