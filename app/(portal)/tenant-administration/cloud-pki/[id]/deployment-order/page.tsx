import { notFound } from 'next/navigation';
import { DeploymentOrderView } from '@/components/deployment-order/deployment-order-view';

// Graph ids are GUIDs; anything else can't name a CA, so answer 404 without a round trip.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function DeploymentOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!GUID.test(id)) notFound();
  return <DeploymentOrderView caId={id} />;
}
