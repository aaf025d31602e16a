import { createHash } from 'node:crypto';
import { getDatabase } from '@/lib/db/database';
import { OCSP_BODY_LIMIT } from '@/lib/http/body-limits';
import { PayloadTooLargeError, readCappedBody } from '@/lib/http/read-capped-body';
import { answerOcspRequest, type OcspAnswer } from '@/lib/services/ocsp/answer-ocsp-request';

type Params = { caId: string; request?: string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

const noResponder = () => plain(404, 'No OCSP responder at this address');

/** RFC 5019 §6: a response without a nonce may be cached by HTTP caches until its nextUpdate. */
function toHttpResponse(answer: OcspAnswer, now: Date): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/ocsp-response' };
  if (answer.kind === 'response' && !answer.hasNonce) {
    const maxAge = Math.max(0, Math.floor((answer.nextUpdate.getTime() - now.getTime()) / 1000));
    headers['Cache-Control'] = `max-age=${maxAge}, public, no-transform, must-revalidate`;
    headers['Last-Modified'] = answer.producedAt.toUTCString();
    headers.Expires = answer.nextUpdate.toUTCString();
    headers.ETag = `"${createHash('sha1').update(answer.der).digest('hex')}"`;
  } else {
    headers['Cache-Control'] = 'no-store';
  }
  return new Response(Buffer.from(answer.der), { status: answer.kind === 'error' ? answer.httpStatus : 200, headers });
}

async function answer(caId: string, requestDer: Uint8Array): Promise<Response> {
  if (!GUID.test(caId)) return noResponder();
  const now = new Date();
  const result = await answerOcspRequest(getDatabase(), caId.toLowerCase(), requestDer, now);
  return result ? toHttpResponse(result, now) : noResponder();
}

/** RFC 6960 Appendix A.1: the rest of the path is the base64 request, URL-encoded ('/' may arrive unencoded). */
function readGetRequest(url: URL, caId: string): Uint8Array | undefined {
  const prefix = `/pki/ocsp/${caId}/`;
  if (!url.pathname.startsWith(prefix)) return undefined;
  const encoded = url.pathname.slice(prefix.length);
  if (encoded.length === 0 || encoded.length > (OCSP_BODY_LIMIT * 4) / 3 + 16) return undefined;
  let base64: string;
  try {
    base64 = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  // Base64 or base64url; anything else is not a request.
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(base64)) return undefined;
  return new Uint8Array(Buffer.from(base64.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

// GET /pki/ocsp/{caId}/{url-encoded base64 OCSPRequest} — the CA's OCSP responder (RFC 6960 A.1, RFC 5019 §5), no sign-in
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const { caId } = await params;
  if (!GUID.test(caId)) return noResponder();
  const der = readGetRequest(new URL(request.url), caId);
  if (!der) return plain(400, 'Send the OCSP request base64-encoded after the responder URL (RFC 6960 A.1), or POST it');
  return answer(caId, der);
}

// POST /pki/ocsp/{caId} — the same with a DER body (Content-Type application/ocsp-request)
export async function POST(request: Request, { params }: { params: Promise<Params> }) {
  const { caId, request: rest } = await params;
  if (rest?.length) return plain(404, 'POST the OCSP request to the responder URL itself');
  try {
    return await answer(caId, await readCappedBody(request, OCSP_BODY_LIMIT));
  } catch (error) {
    if (!(error instanceof PayloadTooLargeError)) throw error;
    return plain(413, error.message);
  }
}
