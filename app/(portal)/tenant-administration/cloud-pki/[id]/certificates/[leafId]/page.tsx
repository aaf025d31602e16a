import { notFound } from 'next/navigation';
import { LeafCertificateDetail } from '@/components/leaf-certificates/leaf-certificate-detail';

// Graph ids are GUIDs; anything else can't name a CA or a certificate, so answer 404 without a round trip.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function LeafCertificatePage({ params }: { params: Promise<{ id: string; leafId: string }> }) {
  const { id, leafId } = await params;
  if (!GUID.test(id) || !GUID.test(leafId)) notFound();
  return <LeafCertificateDetail caId={id} leafId={leafId} />;
}
