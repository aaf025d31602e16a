// Wire cases of Intune RBAC: role definitions (built-in and custom), role assignments with and without their role,
// scope tags (Default and the tenant's), resource operations, and the caller's effective permissions.
import type { Parsable, ParsableFactory } from '@microsoft/kiota-abstractions';
import * as models from '@microsoft/msgraph-beta-sdk/models/index.js';
import { createRoleAssignment } from '@/lib/services/roles/create-role-assignment';
import { createRoleDefinition } from '@/lib/services/roles/create-role-definition';
import { listRoleAssignments } from '@/lib/services/roles/list-role-assignments';
import { listRoleDefinitions } from '@/lib/services/roles/list-role-definitions';
import { assignRoleScopeTag } from '@/lib/services/scope-tags/assign-role-scope-tag';
import { createRoleScopeTag } from '@/lib/services/scope-tags/create-role-scope-tag';
import { listRoleScopeTagAssignments } from '@/lib/services/scope-tags/list-role-scope-tag-assignments';
import { ZCreateRoleAssignment } from '@/lib/schemas/role-assignment';
import { ZCreateRoleDefinition } from '@/lib/schemas/role-definition';
import type { GraphRouteKey } from '../graph-routes';
import { collectionResponse, entityResponse } from '../graph-response';
import { toGraphEffectivePermissions } from '../to-graph-effective-permissions';
import { listGraphResourceOperations } from '../to-graph-resource-operation';
import { toGraphRoleAssignment } from '../to-graph-role-assignment';
import { toGraphRoleDefinition } from '../to-graph-role-definition';
import { GRAPH_DEFAULT_SCOPE_TAG, toGraphRoleScopeTag } from '../to-graph-role-scope-tag';
import { toGraphRoleScopeTagAutoAssignment } from '../to-graph-role-scope-tag-auto-assignment';
import type { WireSampleTenant } from './wire-sample-tenant';
import type { WireCase } from './wire-case-kit';

const ROLE = models.createDeviceAndAppManagementRoleDefinitionFromDiscriminatorValue;
const ROLES = models.createRoleDefinitionCollectionResponseFromDiscriminatorValue;
const ASSIGNMENT = models.createDeviceAndAppManagementRoleAssignmentFromDiscriminatorValue;
const ASSIGNMENTS = models.createDeviceAndAppManagementRoleAssignmentCollectionResponseFromDiscriminatorValue;
const TAG = models.createRoleScopeTagFromDiscriminatorValue;
const TAGS = models.createRoleScopeTagCollectionResponseFromDiscriminatorValue;
const TAG_ASSIGNMENTS = models.createRoleScopeTagAutoAssignmentCollectionResponseFromDiscriminatorValue;
const OPERATIONS = models.createResourceOperationCollectionResponseFromDiscriminatorValue;
// getEffectivePermissions answers a collection of rolePermission; the SDK models that response in its
// deviceManagement request builders only, so the collection is read here with the models' rolePermission.
const ROLE_PERMISSIONS: ParsableFactory<Parsable> = () => (instance: Record<string, unknown> = {}) => ({
  value: (node) => {
    instance.value = node.getCollectionOfObjectValues(models.createRolePermissionFromDiscriminatorValue);
  },
});

/** A scope tag, a custom role over it and an assignment of that role, made once per sample tenant. */
const samples = new WeakMap<WireSampleTenant, ReturnType<typeof createSamples>>();
async function createSamples(t: WireSampleTenant) {
  const db = t.handle.db;
  const tag = await createRoleScopeTag(db, t.principal, { displayName: 'Paris', description: 'Objects of the Paris office' });
  const groupTarget = (groupId: string) => ({ target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId } });
  await assignRoleScopeTag(db, t.principal, String(tag.id), { assignments: [groupTarget(t.groups.salesDevices), groupTarget(t.groups.salesUsers)] });
  const role = await createRoleDefinition(
    db,
    t.principal,
    ZCreateRoleDefinition.parse({
      displayName: 'Paris PKI operator',
      rolePermissions: [{ resourceActions: [{ allowedResourceActions: ['Microsoft.Intune_CloudPki_Read', 'Microsoft.Intune_CloudPki_Revoke'] }] }],
      roleScopeTagIds: [String(tag.id)],
    }),
  );
  const assignment = await createRoleAssignment(
    db,
    t.principal,
    ZCreateRoleAssignment.parse({
      displayName: 'Paris sales',
      members: [t.groups.salesUsers],
      roleScopeTagIds: [String(tag.id)],
      'roleDefinition@odata.bind': `https://graph.microsoft.com/beta/deviceManagement/roleDefinitions/${role.id}`,
    }),
  );
  return { tag, role, assignment };
}
const sampleOf = (t: WireSampleTenant) => {
  if (!samples.has(t)) samples.set(t, createSamples(t));
  return samples.get(t)!;
};

const roleBodies = async (t: WireSampleTenant, status = 200) => {
  const { role } = await sampleOf(t);
  return [entityResponse('deviceManagement/roleDefinitions/$entity', toGraphRoleDefinition(role), { status })];
};
const assignmentBodies = async (t: WireSampleTenant, status = 200) => {
  const { assignment, role } = await sampleOf(t);
  const context = 'deviceManagement/roleAssignments/$entity';
  return [entityResponse(context, toGraphRoleAssignment(assignment), { status }), entityResponse(context, toGraphRoleAssignment(assignment, toGraphRoleDefinition(role)))];
};
const tagBodies = async (t: WireSampleTenant, status = 200) => {
  const { tag } = await sampleOf(t);
  const context = 'deviceManagement/roleScopeTags/$entity';
  return [entityResponse(context, toGraphRoleScopeTag(tag), { status }), entityResponse(context, GRAPH_DEFAULT_SCOPE_TAG)];
};

export const ROLES_WIRE_CASES = {
  'GET /graph/beta/deviceManagement/getEffectivePermissions': {
    kind: 'graph',
    model: ROLE_PERMISSIONS,
    bodies: async () => [collectionResponse('Collection(microsoft.graph.rolePermission)', toGraphEffectivePermissions({ 'ca.read': 'all', 'leaf.revoke': ['1'], 'auditData.read': ['0', '1'] }))],
  },
  'GET /graph/beta/deviceManagement/resourceOperations': {
    kind: 'graph',
    model: OPERATIONS,
    bodies: async () => [collectionResponse('deviceManagement/resourceOperations', listGraphResourceOperations())],
  },
  'GET /graph/beta/deviceManagement/roleDefinitions': {
    kind: 'graph',
    model: ROLES,
    bodies: async (t) => {
      await sampleOf(t);
      return [collectionResponse('deviceManagement/roleDefinitions', (await listRoleDefinitions(t.handle.db, t.tenantId)).map(toGraphRoleDefinition))];
    },
  },
  'POST /graph/beta/deviceManagement/roleDefinitions': { kind: 'graph', model: ROLE, bodies: async (t) => roleBodies(t, 201) },
  'DELETE /graph/beta/deviceManagement/roleDefinitions/{id}': { kind: 'noBody', why: '204' },
  'GET /graph/beta/deviceManagement/roleDefinitions/{id}': { kind: 'graph', model: ROLE, bodies: async (t) => roleBodies(t) },
  'PATCH /graph/beta/deviceManagement/roleDefinitions/{id}': { kind: 'graph', model: ROLE, bodies: async (t) => roleBodies(t) },
  'GET /graph/beta/deviceManagement/roleAssignments': {
    kind: 'graph',
    model: ASSIGNMENTS,
    bodies: async (t) => {
      await sampleOf(t);
      const context = 'deviceManagement/roleAssignments';
      const expanded = await listRoleAssignments(t.handle.db, t.tenantId, { isRoleExpanded: true });
      return [
        collectionResponse(context, expanded.map(({ assignment }) => toGraphRoleAssignment(assignment))),
        collectionResponse(context, expanded.map(({ assignment, roleDefinition }) => toGraphRoleAssignment(assignment, roleDefinition && toGraphRoleDefinition(roleDefinition)))),
      ];
    },
  },
  'POST /graph/beta/deviceManagement/roleAssignments': { kind: 'graph', model: ASSIGNMENT, bodies: async (t) => assignmentBodies(t, 201) },
  'DELETE /graph/beta/deviceManagement/roleAssignments/{id}': { kind: 'noBody', why: '204' },
  'GET /graph/beta/deviceManagement/roleAssignments/{id}': { kind: 'graph', model: ASSIGNMENT, bodies: async (t) => assignmentBodies(t) },
  'PATCH /graph/beta/deviceManagement/roleAssignments/{id}': { kind: 'graph', model: ASSIGNMENT, bodies: async (t) => assignmentBodies(t) },
  'GET /graph/beta/deviceManagement/roleScopeTags': {
    kind: 'graph',
    model: TAGS,
    bodies: async (t) => {
      const { tag } = await sampleOf(t);
      return [collectionResponse('deviceManagement/roleScopeTags', [GRAPH_DEFAULT_SCOPE_TAG, toGraphRoleScopeTag(tag)])];
    },
  },
  'POST /graph/beta/deviceManagement/roleScopeTags': { kind: 'graph', model: TAG, bodies: async (t) => tagBodies(t, 201) },
  'DELETE /graph/beta/deviceManagement/roleScopeTags/{id}': { kind: 'noBody', why: '204' },
  'GET /graph/beta/deviceManagement/roleScopeTags/{id}': { kind: 'graph', model: TAG, bodies: async (t) => tagBodies(t) },
  'PATCH /graph/beta/deviceManagement/roleScopeTags/{id}': { kind: 'graph', model: TAG, bodies: async (t) => tagBodies(t) },
  'POST /graph/beta/deviceManagement/roleScopeTags/{id}/assign': {
    kind: 'graph',
    model: TAG_ASSIGNMENTS,
    bodies: async (t) => {
      const { tag } = await sampleOf(t);
      const rows = await listRoleScopeTagAssignments(t.handle.db, t.tenantId, String(tag.id));
      return [collectionResponse('Collection(microsoft.graph.roleScopeTagAutoAssignment)', rows.map(toGraphRoleScopeTagAutoAssignment))];
    },
  },
  'GET /graph/beta/deviceManagement/roleScopeTags/{id}/assignments': {
    kind: 'graph',
    model: TAG_ASSIGNMENTS,
    bodies: async (t) => {
      const { tag } = await sampleOf(t);
      const rows = await listRoleScopeTagAssignments(t.handle.db, t.tenantId, String(tag.id));
      return [collectionResponse(`deviceManagement/roleScopeTags('${tag.id}')/assignments`, rows.map(toGraphRoleScopeTagAutoAssignment))];
    },
  },
} as const satisfies Partial<Record<GraphRouteKey, WireCase>>;
