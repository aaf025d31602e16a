// Where a CA's certificate, CRL and SCEP service are published. Paths keep
// Intune's shape (`<caId>_v<version>/current.crl`, `.../cert.cer`) under the portal's own origin.

/** Intune keeps this placeholder in profiles and substitutes its FQDN when delivering to a device. */
export const CLOUD_PKI_FQDN_PLACEHOLDER = 'https://{{CloudPKIFQDN}}';

export const SCEP_PATH_PREFIX = '/TrafficGateway/PassThroughRoutingService/CloudPki/CloudPkiService/Scep';

export function crlUrl(publicUrl: string, caId: string, version = 1): string {
  return `${publicUrl}/pki/crls/${caId}_v${version}/current.crl`;
}

export function caCertificateUrl(publicUrl: string, caId: string, version = 1): string {
  return `${publicUrl}/pki/cacerts/${caId}_v${version}/cert.cer`;
}

/** A CA's OCSP responder (RFC 6960), named in the AIA of what it issues; it answers for every version of the CA. */
export function ocspResponderUrl(publicUrl: string, caId: string): string {
  return `${publicUrl}/pki/ocsp/${caId}`;
}

/** The SCEP URI as Intune shows it, to paste into SCEP profiles. */
export function scepServerUrlTemplate(tenantId: string, caId: string): string {
  return `${CLOUD_PKI_FQDN_PLACEHOLDER}${SCEP_PATH_PREFIX}/${tenantId}/${caId}`;
}

/** The same URI with the placeholder replaced by this portal's origin: what a SCEP client really calls. */
export function resolveScepServerUrl(url: string, publicUrl: string): string {
  return url.replace(CLOUD_PKI_FQDN_PLACEHOLDER, publicUrl);
}

const CA_VERSION_SEGMENT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_v1$/i;

/** The CA id of a `<caId>_v<version>` CDP/AIA path segment; only version 1 exists until CA renewal. */
export function parseCaVersionSegment(segment: string): string | undefined {
  return CA_VERSION_SEGMENT.exec(segment)?.[1]?.toLowerCase();
}
