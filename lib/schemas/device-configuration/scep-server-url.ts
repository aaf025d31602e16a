// Which CA a SCEP server URL points at. A Cloud PKI SCEP URI is
// https://{{CloudPKIFQDN}}/TrafficGateway/PassThroughRoutingService/CloudPki/CloudPkiService/Scep/<tenantId>/<caId>
// The portal's own origin may stand in for the placeholder once resolved.
import { CLOUD_PKI_FQDN_PLACEHOLDER, SCEP_PATH_PREFIX } from '@/lib/cloud-pki-urls';

export interface ScepServerUrlTarget {
  tenantId: string;
  caId: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATH = new RegExp(`^${escapeRegExp(SCEP_PATH_PREFIX)}/([^/?#]+)/([^/?#]+)/?$`, 'i');

/**
 * The tenant and CA of a Cloud PKI SCEP URI, or undefined for any other URL (an NDES server, a typo).
 * `portalOrigins` are origins that also count as Cloud PKI (the resolved form of {{CloudPKIFQDN}}).
 */
export function parseScepServerUrl(url: string, portalOrigins: readonly string[] = []): ScepServerUrlTarget | undefined {
  const trimmed = url.trim();
  const origin = [CLOUD_PKI_FQDN_PLACEHOLDER, ...portalOrigins].find((candidate) =>
    trimmed.toLowerCase().startsWith(candidate.replace(/\/+$/, '').toLowerCase() + '/'),
  );
  if (origin === undefined) return undefined;
  const match = PATH.exec(trimmed.slice(origin.replace(/\/+$/, '').length));
  const [, tenantId, caId] = match ?? [];
  return tenantId && caId ? { tenantId: tenantId.toLowerCase(), caId: caId.toLowerCase() } : undefined;
}
