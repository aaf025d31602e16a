// The HTTP side of a SCEP client (RFC 8894 §4.1): every operation is `?operation=<name>` on the server URL, GET
// with an optional base64 `message`, or POST with the binary pkiMessage when the server lists POSTPKIOperation
// (§3.5.2). `fetch` is a parameter so tests can route requests to lib/scep's handler without a network.
import { ScepProtocolError } from './scep-protocol-error';

export interface ScepHttpReply {
  readonly contentType: string;
  readonly body: Uint8Array<ArrayBuffer>;
}

export interface ScepTransport {
  get(operation: string, message?: string): Promise<ScepHttpReply>;
  post(operation: string, body: Uint8Array): Promise<ScepHttpReply>;
}

export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

// A device gives up on a silent server rather than hang its check-in.
const REQUEST_TIMEOUT_MS = 30_000;

async function readReply(response: Response, operation: string): Promise<ScepHttpReply> {
  const body = new Uint8Array(await response.arrayBuffer());
  // §4: only 200 carries a SCEP answer; refusals of a well-formed request come back as CertRep FAILURE replies.
  if (response.status !== 200) {
    const text = Buffer.from(body).toString('utf8').trim().slice(0, 200);
    throw new ScepProtocolError(`${operation} answered HTTP ${response.status}${text ? `: ${text}` : ''}`);
  }
  return { contentType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '', body };
}

export function httpScepTransport(serverUrl: string, fetchFunction: FetchFunction = fetch): ScepTransport {
  const urlOf = (operation: string, message?: string) => {
    const url = new URL(serverUrl);
    url.searchParams.set('operation', operation);
    if (message !== undefined) url.searchParams.set('message', message);
    return url.toString();
  };
  const send = async (operation: string, url: string, init: RequestInit) => {
    let response: Response;
    try {
      response = await fetchFunction(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw new ScepProtocolError(`${operation} could not reach ${new URL(url).origin}: ${(error as Error).message}`);
    }
    return readReply(response, operation);
  };
  return {
    get: (operation, message) => send(operation, urlOf(operation, message), { method: 'GET' }),
    post: (operation, body) =>
      send(operation, urlOf(operation), { method: 'POST', body: Buffer.from(body), headers: { 'Content-Type': 'application/x-pki-message' } }),
  };
}
