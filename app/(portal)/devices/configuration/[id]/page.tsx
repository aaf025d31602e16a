import { notFound } from 'next/navigation';
import { DeviceConfigurationDetail } from '@/components/device-configurations/detail/device-configuration-detail';

// Graph ids are GUIDs; anything else can't name a profile, so answer 404 without a round trip.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function DeviceConfigurationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!GUID.test(id)) notFound();
  return <DeviceConfigurationDetail id={id} />;
}
