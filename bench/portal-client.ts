// The Graph calls the benchmark makes, as a script would: a client-credentials token from the embedded provider,
// root and issuing CA pairs by name (reused across runs: a tenant has six CA slots), one-time SCEP challenges, and
// the tenant's Cloud PKI license (which decides whether new CA keys are software or HSM keys).

interface GraphCa {
  id: string;
  displayName: string;
  certificationAuthorityStatus: string;
  certificateKeySize: string;
  keyPlatform: 'software' | 'hardwareSecurityModule';
}

/** Where the portal is and the client credentials of its automation client. */
export interface PortalCredentials {
  readonly portalUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export type CaKey = 'rsa2048' | 'eCP256';

/** The licenses that give new CAs HSM keys (a new install starts in a trial, whose CAs get software keys). */
export type PurchasedLicense = 'intuneSuite' | 'cloudPkiAddOn';

export interface PortalClient {
  /** The active pair named `<name> root CA` / `<name> issuing CA`, created when missing. */
  ensureCaPair(caKey: CaKey, name?: string): Promise<{ issuing: GraphCa; created: boolean }>;
  createChallenge(caId: string, deviceName?: string): Promise<{ challenge: string; scepServerUrl: string }>;
  setLicense(licenseType: PurchasedLicense): Promise<void>;
  revokeLeafCertificateBySerialNumber(caId: string, serialNumber: string): Promise<void>;
  /** A signed-in GET of a portal path (`/graph/beta/…` or an absolute @odata.nextLink), for benches that time requests. */
  get(pathOrUrl: string): Promise<Response>;
}

export const CA_COLLECTION = '/graph/beta/deviceManagement/cloudCertificationAuthority';
const LICENSE = '/graph/beta/deviceManagement/cloudPkiLicense';
const DEFAULT_PAIR_NAME = 'SCEP benchmark';
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
  const graph = async <T>(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> => {
    const response = await fetch(`${config.portalUrl}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  const active = (cas: GraphCa[], name: string) => cas.find((ca) => ca.displayName === name && ca.certificationAuthorityStatus === 'active');

  return {
    async ensureCaPair(caKey, name = DEFAULT_PAIR_NAME) {
      const rootName = `${name} root CA`;
      const issuingName = `${name} issuing CA`;
      const { value } = await graph<{ value: GraphCa[] }>(CA_COLLECTION);
      const existing = active(value, issuingName);
      if (existing) return { issuing: existing, created: false };
      const root =
        active(value, rootName) ??
        (await graph<GraphCa>(CA_COLLECTION, {
          displayName: rootName,
          cloudCertificationAuthorityType: 'rootCertificationAuthority',
          validityPeriodInYears: 5,
          certificateKeySize: caKey,
          commonName: rootName,
          extendedKeyUsages: CLIENT_AUTHENTICATION,
        }));
      const issuing = await graph<GraphCa>(CA_COLLECTION, {
        displayName: issuingName,
        cloudCertificationAuthorityType: 'issuingCertificationAuthority',
        certificationAuthorityIssuerId: root.id,
        validityPeriodInYears: 2,
        commonName: issuingName,
        extendedKeyUsages: CLIENT_AUTHENTICATION,
      });
      return { issuing, created: true };
    },
    createChallenge: (caId, deviceName = 'scep-benchmark') => graph(`${CA_COLLECTION}/${caId}/createScepChallenge`, { deviceName, validityInMinutes: 60 }),
    async setLicense(licenseType) {
      await graph(LICENSE, { licenseType }, 'PATCH');
    },
    async revokeLeafCertificateBySerialNumber(caId, certificateSerialNumber) {
      await graph(`${CA_COLLECTION}/${caId}/revokeLeafCertificateBySerialNumber`, { certificateSerialNumber, revocationReason: 'keyCompromise' });
    },
    get: (pathOrUrl) => fetch(new URL(pathOrUrl, config.portalUrl), { headers: { authorization }, signal: AbortSignal.timeout(TIMEOUT_MS) }),
  };
}
