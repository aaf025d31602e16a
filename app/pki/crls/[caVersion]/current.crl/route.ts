import { getDatabase } from '@/lib/db/database';
import { isNotModified, validatorHeaders } from '@/lib/http/conditional-request';
import { getCurrentCrl } from '@/lib/services/crl/get-current-crl';
import { parseCaVersionSegment } from '@/lib/cloud-pki-urls';

// GET /pki/crls/{caId}_v1/current.crl — the CA's CRL, DER, for relying parties (plain HTTP, no sign-in: RFC 5280 §4.2.1.13)
export async function GET(request: Request, { params }: { params: Promise<{ caVersion: string }> }) {
  const caId = parseCaVersionSegment((await params).caVersion);
  const crl = caId ? await getCurrentCrl(getDatabase(), caId) : undefined;
  if (!crl) return new Response('No such CRL\n', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  // The CRL number names one CRL of this CA for good (RFC 5280 §5.2.3), so it makes a strong entity tag.
  const validators = { etag: `"${caId}-${crl.crlNumber}"`, lastModified: crl.thisUpdate };
  const headers = { ...validatorHeaders(validators), 'Cache-Control': 'public, max-age=300' };
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(crl.der), { headers: { ...headers, 'Content-Type': 'application/pkix-crl' } });
}
