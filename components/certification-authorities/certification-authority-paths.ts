/** Graph collection of the tenant's CAs, relative to the Graph client's base URL. */
export const GRAPH_CERTIFICATION_AUTHORITIES = '/beta/deviceManagement/cloudCertificationAuthority';

export const CLOUD_PKI_PATH = '/tenant-administration/cloud-pki';
export const CREATE_CERTIFICATION_AUTHORITY_PATH = `${CLOUD_PKI_PATH}/create`;

export function certificationAuthorityPath(id: string): string {
  return `${CLOUD_PKI_PATH}/${encodeURIComponent(id)}`;
}

export function graphCertificationAuthorityPath(id: string): string {
  return `${GRAPH_CERTIFICATION_AUTHORITIES}/${encodeURIComponent(id)}`;
}

/** Intune's cap: root, issuing and BYOCA issuing CAs together. */
export const MAX_CERTIFICATION_AUTHORITIES = 6;

export const CLOUD_PKI_BREADCRUMB = [
  { label: 'Home', href: '/' },
  { label: 'Tenant administration | Cloud PKI', href: CLOUD_PKI_PATH },
] as const;
