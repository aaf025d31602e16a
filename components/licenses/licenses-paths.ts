/** The tenant's Cloud PKI license, relative to the Graph client's base URL. */
export const GRAPH_CLOUD_PKI_LICENSE = '/beta/deviceManagement/cloudPkiLicense';

export const LICENSES_PATH = '/tenant-administration/licenses';
