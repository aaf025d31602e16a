import { DeviceListLoading } from '@/components/directory/devices/device-list-loading';

export default function DevicesLoading() {
  return <DeviceListLoading />;
}
