// The one table of every /graph route: method, path template and the permission it needs. Route handlers take
// their permission from here (graphRoute({ route: 'GET /graph/beta/…' })), so a handler cannot exist without an
// entry; graph-routes.test.ts checks that every app/graph/**/route.ts export is listed, and the reliability suite
// generates its token and permission matrices from it. Path templates use {name} for Next's [name] segments.
import { isReadPermission, type Permission } from '@/lib/auth/permissions';

export interface GraphRouteSpec {
  /** null: open to every signed-in caller (what you may do yourself, the scope tags a picker offers). */
  permission: Permission | null;
}

export const GRAPH_ROUTES = {
  'GET /graph/beta/deviceManagement/auditEvents': { permission: 'auditData.read' },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority': { permission: 'ca.read' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority': { permission: 'ca.create' },
  'DELETE /graph/beta/deviceManagement/cloudCertificationAuthority/{id}': { permission: 'ca.disableReenable' },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}': { permission: 'ca.read' },
  'PATCH /graph/beta/deviceManagement/cloudCertificationAuthority/{id}': { permission: 'ca.create' },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/certificateChain': { permission: 'ca.read' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/changeCloudCertificationAuthorityStatus': { permission: 'ca.disableReenable' },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate': { permission: 'ca.read' },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate/{leafId}': { permission: 'ca.read' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/createScepChallenge': { permission: 'ca.create' },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/deploymentReadiness': { permission: 'deviceConfigurations.read' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeCloudCertificationAuthorityCertificate': { permission: 'ca.disableReenable' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificate': { permission: 'leaf.revoke' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificateBySerialNumber': { permission: 'leaf.revoke' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificates': { permission: 'leaf.revoke' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/searchCloudCertificationAuthorityLeafCertificateBySerialNumber': { permission: 'ca.read' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/uploadExternallySignedCertificationAuthorityCertificate': { permission: 'ca.create' },
  // Read with Read CAs: the Cloud PKI blade explains what the license allows to everyone who sees it.
  'GET /graph/beta/deviceManagement/cloudPkiLicense': { permission: 'ca.read' },
  'PATCH /graph/beta/deviceManagement/cloudPkiLicense': { permission: 'organization.update' },
  'GET /graph/beta/deviceManagement/getEffectivePermissions': { permission: null },
  'GET /graph/beta/deviceManagement/deviceConfigurations': { permission: 'deviceConfigurations.read' },
  'POST /graph/beta/deviceManagement/deviceConfigurations': { permission: 'deviceConfigurations.create' },
  'DELETE /graph/beta/deviceManagement/deviceConfigurations/{id}': { permission: 'deviceConfigurations.delete' },
  'GET /graph/beta/deviceManagement/deviceConfigurations/{id}': { permission: 'deviceConfigurations.read' },
  'PATCH /graph/beta/deviceManagement/deviceConfigurations/{id}': { permission: 'deviceConfigurations.update' },
  'POST /graph/beta/deviceManagement/deviceConfigurations/{id}/assign': { permission: 'deviceConfigurations.assign' },
  'POST /graph/beta/deviceManagement/deviceConfigurations/{id}/createAppleConfigurationProfile': { permission: 'ca.create' },
  'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/assignments': { permission: 'deviceConfigurations.read' },
  'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/deviceStatuses': { permission: 'deviceConfigurations.read' },
  'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/deviceStatusOverview': { permission: 'deviceConfigurations.read' },
  'POST /graph/beta/deviceManagement/deviceConfigurations/checkAssignments': { permission: 'deviceConfigurations.assign' },
  'POST /graph/beta/deviceManagement/deviceConfigurations/validateScepProfile': { permission: 'deviceConfigurations.create' },
  'GET /graph/beta/deviceManagement/managedDevices': { permission: 'managedDevices.read' },
  'GET /graph/beta/deviceManagement/managedDevices/{id}': { permission: 'managedDevices.read' },
  'GET /graph/beta/deviceManagement/managedDevices/{id}/deviceConfigurationStates': { permission: 'managedDevices.read' },
  'POST /graph/beta/deviceManagement/managedDevices/{id}/syncDevice': { permission: 'managedDevices.sync' },
  'POST /graph/beta/deviceManagement/managedDevices/syncAll': { permission: 'managedDevices.sync' },
  'GET /graph/beta/deviceManagement/resourceOperations': { permission: 'roles.read' },
  'GET /graph/beta/deviceManagement/roleAssignments': { permission: 'roles.read' },
  'POST /graph/beta/deviceManagement/roleAssignments': { permission: 'roles.assign' },
  'DELETE /graph/beta/deviceManagement/roleAssignments/{id}': { permission: 'roles.assign' },
  'GET /graph/beta/deviceManagement/roleAssignments/{id}': { permission: 'roles.read' },
  'PATCH /graph/beta/deviceManagement/roleAssignments/{id}': { permission: 'roles.assign' },
  'GET /graph/beta/deviceManagement/roleDefinitions': { permission: 'roles.read' },
  'POST /graph/beta/deviceManagement/roleDefinitions': { permission: 'roles.create' },
  'DELETE /graph/beta/deviceManagement/roleDefinitions/{id}': { permission: 'roles.delete' },
  'GET /graph/beta/deviceManagement/roleDefinitions/{id}': { permission: 'roles.read' },
  'PATCH /graph/beta/deviceManagement/roleDefinitions/{id}': { permission: 'roles.update' },
  // [unverified] Intune gates scope tag changes with the Roles permissions; every admin may read them (pickers).
  'GET /graph/beta/deviceManagement/roleScopeTags': { permission: null },
  'POST /graph/beta/deviceManagement/roleScopeTags': { permission: 'roles.create' },
  'DELETE /graph/beta/deviceManagement/roleScopeTags/{id}': { permission: 'roles.delete' },
  'GET /graph/beta/deviceManagement/roleScopeTags/{id}': { permission: null },
  'PATCH /graph/beta/deviceManagement/roleScopeTags/{id}': { permission: 'roles.update' },
  'POST /graph/beta/deviceManagement/roleScopeTags/{id}/assign': { permission: 'roles.assign' },
  'GET /graph/beta/deviceManagement/roleScopeTags/{id}/assignments': { permission: 'roles.read' },
  'GET /graph/beta/groups': { permission: 'directory.read' },
  'POST /graph/beta/groups': { permission: 'directory.write' },
  'DELETE /graph/beta/groups/{id}': { permission: 'directory.write' },
  'GET /graph/beta/groups/{id}': { permission: 'directory.read' },
  'PATCH /graph/beta/groups/{id}': { permission: 'directory.write' },
  'GET /graph/beta/groups/{id}/members': { permission: 'directory.read' },
  'DELETE /graph/beta/groups/{id}/members/{memberId}/$ref': { permission: 'directory.write' },
  'POST /graph/beta/groups/{id}/members/$ref': { permission: 'directory.write' },
  'GET /graph/beta/groups/{id}/transitiveMembers': { permission: 'directory.read' },
  'GET /graph/beta/users': { permission: 'directory.read' },
  'POST /graph/beta/users': { permission: 'directory.write' },
  'DELETE /graph/beta/users/{id}': { permission: 'directory.write' },
  'GET /graph/beta/users/{id}': { permission: 'directory.read' },
  'PATCH /graph/beta/users/{id}': { permission: 'directory.write' },
} as const satisfies Record<`${'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'} /graph/${string}`, GraphRouteSpec>;

export type GraphRouteKey = keyof typeof GRAPH_ROUTES;

export interface GraphRouteEntry extends GraphRouteSpec {
  key: GraphRouteKey;
  method: string;
  /** e.g. /graph/beta/users/{id} */
  path: string;
  /** Only reads: open to the read-only role, whatever the HTTP method (e.g. the search-by-serial action). */
  isRead: boolean;
}

export function listGraphRoutes(): GraphRouteEntry[] {
  return (Object.entries(GRAPH_ROUTES) as [GraphRouteKey, GraphRouteSpec][]).map(([key, spec]) => {
    const [method, path] = key.split(' ') as [string, string];
    return { key, method, path, ...spec, isRead: spec.permission === null || isReadPermission(spec.permission) };
  });
}
