// What the reliability rounds ask a portal they started themselves, as a script would: a client-credentials token from
// the embedded provider, then Graph calls with it. Plain fetch, because the base URL changes with every process.
import { AUTOMATION } from './portal-process';

export const CA_COLLECTION = '/graph/beta/deviceManagement/cloudCertificationAuthority';
const CLIENT_AUTHENTICATION = [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }];
const REQUEST_TIMEOUT_MS = 60_000;

export interface GraphCa {
  id: string;
  displayName: string;
  cloudCertificationAuthorityType: string;
  certificationAuthorityStatus: string;
  certificateDownloadUrl: string;
  certificateRevocationListUrl: string;
  scepServerUrl: string | null;
}

export interface GraphLeaf {
  id: string;
  serialNumber: string;
  certificateStatus: string;
}

export interface GraphAnswer<T> {
  status: number;
  body: T;
}

export interface PortalApi {
  readonly url: string;
  call<T>(method: string, path: string, body?: unknown): Promise<GraphAnswer<T>>;
}

/** A client-credentials token from the portal's embedded provider, as the `authorization` header value. */
export async function requestToken(url: string): Promise<string> {
  const response = await fetch(`${url}/oidc/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: AUTOMATION.id, client_secret: AUTOMATION.secret, scope: 'api://cloudpki/.default' }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (response.status !== 200) throw new Error(`The token request answered ${response.status}: ${await response.text()}`);
  return `Bearer ${((await response.json()) as { access_token: string }).access_token}`;
}

/** Graph calls to the portal at `url` with a token (from it, or from another instance of the same deployment). */
export function portalApi(url: string, authorization: string): PortalApi {
  return {
    url,
    async call<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(path.startsWith('http') ? path : `${url}${path}`, {
        method,
        headers: { authorization, ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
  };
}

export async function connectPortalApi(url: string): Promise<PortalApi> {
  return portalApi(url, await requestToken(url));
}

/** The Graph body of a new CA: a root (EC P-256 unless said otherwise) or an issuing CA under `issuerId`. */
export function newCaBody(displayName: string, issuerId?: string, certificateKeySize = 'eCP256'): object {
  const common = { displayName, commonName: displayName, extendedKeyUsages: CLIENT_AUTHENTICATION };
  return issuerId
    ? { ...common, cloudCertificationAuthorityType: 'issuingCertificationAuthority', certificationAuthorityIssuerId: issuerId, validityPeriodInYears: 2 }
    : { ...common, cloudCertificationAuthorityType: 'rootCertificationAuthority', validityPeriodInYears: 5, certificateKeySize };
}

export async function listCas(api: PortalApi): Promise<GraphCa[]> {
  const answer = await api.call<{ value: GraphCa[] }>('GET', CA_COLLECTION);
  if (answer.status !== 200) throw new Error(`Listing CAs answered ${answer.status}`);
  return answer.body.value;
}

/** Every leaf of a CA, following @odata.nextLink page by page. */
export async function listLeaves(api: PortalApi, caId: string): Promise<GraphLeaf[]> {
  const leaves: GraphLeaf[] = [];
  let next: string | undefined = `${CA_COLLECTION}/${caId}/cloudCertificationAuthorityLeafCertificate?$top=999`;
  while (next) {
    const answer: GraphAnswer<{ value: GraphLeaf[]; '@odata.nextLink'?: string }> = await api.call('GET', next);
    if (answer.status !== 200) throw new Error(`Listing the leaves of ${caId} answered ${answer.status}`);
    leaves.push(...answer.body.value);
    next = answer.body['@odata.nextLink'];
  }
  return leaves;
}
