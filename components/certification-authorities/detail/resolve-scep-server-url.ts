import { CLOUD_PKI_FQDN_PLACEHOLDER, resolveScepServerUrl as resolveWithOrigin } from '@/lib/cloud-pki-urls';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';

/**
 * The SCEP URI with {{CloudPKIFQDN}} replaced by the address SCEP clients really call. That is the
 * server's PUBLIC_URL, not necessarily the browser's origin (a proxy, another host name), and the CA's own CRL
 * distribution point is published under PUBLIC_URL, so its origin is taken from there; nothing server-side is added.
 */
export function resolveScepServerUrl(ca: Pick<GraphCloudCertificationAuthority, 'scepServerUrl' | 'certificateRevocationListUrl'>): string | undefined {
  if (!ca.scepServerUrl?.startsWith(CLOUD_PKI_FQDN_PLACEHOLDER) || !URL.canParse(ca.certificateRevocationListUrl)) return undefined;
  return resolveWithOrigin(ca.scepServerUrl, new URL(ca.certificateRevocationListUrl).origin);
}
