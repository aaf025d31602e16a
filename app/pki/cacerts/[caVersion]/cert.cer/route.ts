import { getDatabase } from '@/lib/db/database';
import { getCertificationAuthorityById } from '@/lib/db/repositories/certification-authorities';
import { parseCaVersionSegment } from '@/lib/cloud-pki-urls';

// GET /pki/cacerts/{caId}_v1/cert.cer — the CA certificate, DER, for AIA caIssuers (RFC 5280 §4.2.2.1)
export async function GET(_request: Request, { params }: { params: Promise<{ caVersion: string }> }) {
  const caId = parseCaVersionSegment((await params).caVersion);
  const ca = caId ? await getCertificationAuthorityById(getDatabase(), caId) : undefined;
  if (!ca?.certificateDer) return new Response('No such certificate\n', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  // RFC 5280 §4.2.2.1: a single DER certificate is served as application/pkix-cert.
  return new Response(Buffer.from(ca.certificateDer), {
    headers: { 'Content-Type': 'application/pkix-cert', 'Cache-Control': 'public, max-age=3600' },
  });
}
