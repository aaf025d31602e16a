import { getDatabase } from '@/lib/db/database';
import { SCEP_BODY_LIMIT } from '@/lib/http/body-limits';
import { PayloadTooLargeError, readCappedBody } from '@/lib/http/read-capped-body';
import { handleScepRequest, type ScepRequest } from '@/lib/scep/handle-scep-request';
import { scepAuthorityForCa } from '@/lib/services/scep/scep-authority-for-ca';

type Params = { tenantId: string; caId: string; client?: string[] };

// The SCEP service of an issuing CA (RFC 8894 §4), at the path of its Intune SCEP URI with {{CloudPKIFQDN}}
// resolved to this portal; a trailing /pkiclient.exe (what some clients append) is tolerated.
async function serve(request: Request, { params }: { params: Promise<Params> }, read: (url: URL) => Promise<ScepRequest>) {
  const { tenantId, caId, client } = await params;
  if (client && !(client.length === 1 && client[0]?.toLowerCase() === 'pkiclient.exe')) return notFound();
  const authority = isGuid(tenantId) && isGuid(caId) ? await scepAuthorityForCa(getDatabase(), tenantId, caId) : undefined;
  if (!authority) return notFound();
  let scepRequest: ScepRequest;
  try {
    scepRequest = await read(new URL(request.url));
  } catch (error) {
    if (!(error instanceof PayloadTooLargeError)) throw error;
    return new Response(`${error.message}\n`, { status: 413, headers: { 'Content-Type': 'text/plain', Connection: 'close' } });
  }
  const response = await handleScepRequest(scepRequest, authority);
  return new Response(typeof response.body === 'string' ? response.body : Buffer.from(response.body), {
    status: response.status,
    headers: { 'Content-Type': response.contentType, 'Cache-Control': 'no-store' },
  });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isGuid = (value: string) => GUID.test(value);
const notFound = () => new Response('No SCEP service at this address\n', { status: 404, headers: { 'Content-Type': 'text/plain' } });

// GET …/Scep/{tenantId}/{caId}?operation=GetCACaps|GetCACert|PKIOperation&message=… — certmonger always uses GET
export const GET = (request: Request, context: { params: Promise<Params> }) =>
  serve(request, context, async (url) => ({
    method: 'GET',
    operation: url.searchParams.get('operation'),
    message: url.searchParams.get('message'),
  }));

// POST …/Scep/{tenantId}/{caId}?operation=PKIOperation — binary pkiMessage body (POSTPKIOperation capability)
export const POST = (request: Request, context: { params: Promise<Params> }) =>
  serve(request, context, async (url) => ({
    method: 'POST',
    operation: url.searchParams.get('operation'),
    body: await readCappedBody(request, SCEP_BODY_LIMIT),
  }));
