import { getDatabase } from '@/lib/db/database';
import { getCurrentCrl } from '@/lib/services/crl/get-current-crl';
import { parseCaVersionSegment } from '@/lib/cloud-pki-urls';

// GET /pki/crls/{caId}_v1/current.crl — the CA's CRL, DER, for relying parties (plain HTTP, no sign-in: RFC 5280 §4.2.1.13)
export async function GET(_request: Request, { params }: { params: Promise<{ caVersion: string }> }) {
  const caId = parseCaVersionSegment((await params).caVersion);
  const crl = caId ? await getCurrentCrl(getDatabase(), caId) : undefined;
  if (!crl) return new Response('No such CRL\n', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  return new Response(Buffer.from(crl), {
    headers: { 'Content-Type': 'application/pkix-crl', 'Cache-Control': 'public, max-age=300' },
  });
}
