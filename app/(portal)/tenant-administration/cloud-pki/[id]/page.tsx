import { notFound } from 'next/navigation';
import { CertificationAuthorityDetail } from '@/components/certification-authorities/certification-authority-detail';

// Graph ids are GUIDs; anything else can't name a CA, so answer 404 without a round trip.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function CertificationAuthorityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!GUID.test(id)) notFound();
  return <CertificationAuthorityDetail id={id} />;
}
