import { notFound } from 'next/navigation';
import { LeafCertificateList } from '@/components/leaf-certificates/leaf-certificate-list';

// Graph ids are GUIDs; anything else can't name a CA, so answer 404 without a round trip.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function LeafCertificatesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!GUID.test(id)) notFound();
  return <LeafCertificateList caId={id} />;
}
