import { DeviceDetailLoading } from '@/components/directory/devices/device-detail-loading';

export default function DeviceLoading() {
  return <DeviceDetailLoading />;
}
