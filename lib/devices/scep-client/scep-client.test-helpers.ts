// Test wiring: a fetch that hands SCEP requests to lib/scep's handler in-process, as the portal's route does,
// so the client is tested against the real server codec without a network.
import { handleScepRequest } from '@/lib/scep/handle-scep-request';
import type { ScepAuthority } from '@/lib/scep/scep-authority';
import type { FetchFunction } from './scep-transport';

export interface RecordedRequest {
  readonly method: string;
  readonly operation: string | null;
}

export function inProcessFetch(authority: ScepAuthority, requests: RecordedRequest[] = []): FetchFunction {
  return async (url, init) => {
    const parsed = new URL(url);
    const operation = parsed.searchParams.get('operation');
    requests.push({ method: init.method ?? 'GET', operation });
    const response = await handleScepRequest(
      init.method === 'POST'
        ? { method: 'POST', operation, body: new Uint8Array(init.body as Buffer) }
        : { method: 'GET', operation, message: parsed.searchParams.get('message') },
      authority,
    );
    const body = typeof response.body === 'string' ? response.body : Buffer.from(response.body);
    return new Response(body, { status: response.status, headers: { 'Content-Type': response.contentType } });
  };
}

export const SCEP_URL = 'https://pki.contoso.test/TrafficGateway/PassThroughRoutingService/CloudPki/CloudPkiService/Scep/t/c';
