import { notFound } from 'next/navigation';
import { DeviceDetail } from '@/components/directory/devices/device-detail';

// Intune device ids are GUIDs; anything else can't name a device, so answer 404 without a round trip.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function DevicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!GUID.test(id)) notFound();
  return <DeviceDetail id={id} />;
}
