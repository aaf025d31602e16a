import { DeviceNotFound } from '@/components/directory/devices/device-not-found';

export default function DeviceNotFoundPage() {
  return <DeviceNotFound />;
}
