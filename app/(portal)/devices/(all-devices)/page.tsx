// A route group, so this list's loading.tsx and error.tsx cover /devices only, not Devices › Configuration beside it.
import { DeviceList } from '@/components/directory/devices/device-list';

export default function DevicesPage() {
  return <DeviceList />;
}
