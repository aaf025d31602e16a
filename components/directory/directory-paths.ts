// Portal routes and Graph paths of the directory blades (Graph paths relative to the Graph client's base URL).
export const USERS_PATH = '/users';
export const GROUPS_PATH = '/groups';
export const DEVICES_PATH = '/devices';

export const GRAPH_USERS = '/beta/users';
export const GRAPH_GROUPS = '/beta/groups';
export const GRAPH_MANAGED_DEVICES = '/beta/deviceManagement/managedDevices';

export function groupPath(id: string): string {
  return `${GROUPS_PATH}/${encodeURIComponent(id)}`;
}

export function devicePath(id: string): string {
  return `${DEVICES_PATH}/${encodeURIComponent(id)}`;
}

export function graphGroupPath(id: string): string {
  return `${GRAPH_GROUPS}/${encodeURIComponent(id)}`;
}

export function graphManagedDevicePath(id: string): string {
  return `${GRAPH_MANAGED_DEVICES}/${encodeURIComponent(id)}`;
}

/** The body of `members/$ref`: Graph names the new member by its directoryObjects URL. */
export function directoryObjectReference(id: string): { '@odata.id': string } {
  return { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` };
}

export const HOME_BREADCRUMB = [{ label: 'Home', href: '/' }] as const;
export const GROUPS_BREADCRUMB = [...HOME_BREADCRUMB, { label: 'Groups | All groups', href: GROUPS_PATH }] as const;
export const DEVICES_BREADCRUMB = [...HOME_BREADCRUMB, { label: 'Devices | All devices', href: DEVICES_PATH }] as const;
