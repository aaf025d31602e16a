// The Graph calls the benchmark makes, as a script would: a client-credentials token from the embedded provider,
// a root and issuing CA pair (reused across runs: a tenant has six CA slots), and one-time SCEP challenges.

interface GraphCa {
  id: string;
  displayName: string;
  certificationAuthorityStatus: string;
  certificateKeySize: string;
}

/** Where the portal is and the client credentials of its automation client. */
export interface PortalCredentials {
  readonly portalUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export type CaKey = 'rsa2048' | 'eCP256';

export interface PortalClient {
  ensureCaPair(caKey: CaKey): Promise<{ issuing: GraphCa; created: boolean }>;
  createChallenge(caId: string): Promise<{ challenge: string; scepServerUrl: string }>;
}

const CA_COLLECTION = '/graph/beta/deviceManagement/cloudCertificationAuthority';
const ROOT_NAME = 'SCEP benchmark root CA';
const ISSUING_NAME = 'SCEP benchmark issuing CA';
const CLIENT_AUTHENTICATION = [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }];
const TIMEOUT_MS = 120_000;

async function token(config: PortalCredentials): Promise<string> {
  const response = await fetch(`${config.portalUrl}/oidc/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: config.clientId, client_secret: config.clientSecret, scope: 'api://cloudpki/.default' }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`The token request answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function connectToPortal(config: PortalCredentials): Promise<PortalClient> {
  const authorization = `Bearer ${await token(config)}`;
  const graph = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${config.portalUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  const active = (cas: GraphCa[], name: string) => cas.find((ca) => ca.displayName === name && ca.certificationAuthorityStatus === 'active');

  return {
    async ensureCaPair(caKey) {
      const { value } = await graph<{ value: GraphCa[] }>(CA_COLLECTION);
      const existing = active(value, ISSUING_NAME);
      if (existing) return { issuing: existing, created: false };
      const root =
        active(value, ROOT_NAME) ??
        (await graph<GraphCa>(CA_COLLECTION, {
          displayName: ROOT_NAME,
          cloudCertificationAuthorityType: 'rootCertificationAuthority',
          validityPeriodInYears: 5,
          certificateKeySize: caKey,
          commonName: ROOT_NAME,
          extendedKeyUsages: CLIENT_AUTHENTICATION,
        }));
      const issuing = await graph<GraphCa>(CA_COLLECTION, {
        displayName: ISSUING_NAME,
        cloudCertificationAuthorityType: 'issuingCertificationAuthority',
        certificationAuthorityIssuerId: root.id,
        validityPeriodInYears: 2,
        commonName: ISSUING_NAME,
        extendedKeyUsages: CLIENT_AUTHENTICATION,
      });
      return { issuing, created: true };
    },
    createChallenge: (caId) => graph(`${CA_COLLECTION}/${caId}/createScepChallenge`, { deviceName: 'scep-benchmark', validityInMinutes: 60 }),
  };
}
