// Wire cases of the directory routes (users, groups and their members) and of the audit log.
import * as models from '@microsoft/msgraph-beta-sdk/models/index.js';
import { listAuditEvents } from '@/lib/db/repositories/audit-events';
import { listUsersPage, USER_TEXT_FIELDS } from '@/lib/db/repositories/users';
import { GROUP_TEXT_FIELDS } from '@/lib/db/repositories/groups';
import { listGroupMembers } from '@/lib/services/directory/list-group-members';
import { listGroups } from '@/lib/services/directory/list-groups';
import type { GraphRouteKey } from '../graph-routes';
import { collectionResponse, entityResponse } from '../graph-response';
import { toGraphAuditEvent } from '../to-graph-audit-event';
import { toGraphDirectoryObject, toGraphDirectoryObjectRef } from '../to-graph-directory-object';
import { toGraphGroup } from '../to-graph-group';
import { toGraphUser } from '../to-graph-user';
import type { WireSampleTenant } from './wire-sample-tenant';
import { ENTITY, listQuery, pages, type WireCase } from './wire-case-kit';

const USER = models.createUserFromDiscriminatorValue;
const USERS = models.createUserCollectionResponseFromDiscriminatorValue;
const GROUP = models.createGroupFromDiscriminatorValue;
const GROUPS = models.createGroupCollectionResponseFromDiscriminatorValue;
const MEMBERS = models.createDirectoryObjectCollectionResponseFromDiscriminatorValue;
const AUDIT_EVENTS = models.createAuditEventCollectionResponseFromDiscriminatorValue;

export const DIRECTORY_WIRE_CASES = {
  'GET /graph/beta/deviceManagement/auditEvents': {
    kind: 'graph',
    model: AUDIT_EVENTS,
    bodies: async (t) => {
      const { items } = await listAuditEvents(t.handle.db, { tenantId: t.tenantId, top: 100 });
      return pages('/graph/beta/deviceManagement/auditEvents', 'deviceManagement/auditEvents', items.map(toGraphAuditEvent));
    },
  },
  'GET /graph/beta/groups': {
    kind: 'graph',
    model: GROUPS,
    bodies: async (t) => {
      const page = await listGroups(t.handle.db, { tenantId: t.tenantId, ...listQuery(GROUP_TEXT_FIELDS) }, { isMembersExpanded: true });
      return pages('/graph/beta/groups', 'groups', page.items.map(({ group: row, members }) => toGraphGroup(row, members?.map(toGraphDirectoryObjectRef))));
    },
  },
  'POST /graph/beta/groups': { kind: 'graph', model: GROUP, bodies: async (t) => groupBodies(t, 201) },
  'DELETE /graph/beta/groups/{id}': { kind: 'noBody', why: '204' },
  'GET /graph/beta/groups/{id}': { kind: 'graph', model: GROUP, bodies: async (t) => groupBodies(t) },
  'PATCH /graph/beta/groups/{id}': { kind: 'graph', model: GROUP, bodies: async (t) => groupBodies(t) },
  'GET /graph/beta/groups/{id}/members': {
    kind: 'graph',
    model: MEMBERS,
    bodies: async (t) => memberBodies(t, false),
  },
  'DELETE /graph/beta/groups/{id}/members/{memberId}/$ref': { kind: 'noBody', why: '204' },
  'POST /graph/beta/groups/{id}/members/$ref': { kind: 'noBody', why: '204' },
  'GET /graph/beta/groups/{id}/transitiveMembers': {
    kind: 'graph',
    model: MEMBERS,
    bodies: async (t) => memberBodies(t, true),
  },
  'GET /graph/beta/users': {
    kind: 'graph',
    model: USERS,
    bodies: async (t) => {
      const { items } = await listUsersPage(t.handle.db, { tenantId: t.tenantId, ...listQuery(USER_TEXT_FIELDS) });
      return pages('/graph/beta/users', 'users', items.map(toGraphUser));
    },
  },
  'POST /graph/beta/users': { kind: 'graph', model: USER, bodies: async (t) => userBodies(t, 201) },
  'DELETE /graph/beta/users/{id}': { kind: 'noBody', why: '204' },
  'GET /graph/beta/users/{id}': { kind: 'graph', model: USER, bodies: async (t) => userBodies(t) },
  'PATCH /graph/beta/users/{id}': { kind: 'graph', model: USER, bodies: async (t) => userBodies(t) },
} as const satisfies { [K in GraphRouteKey]?: WireCase };


async function groupBodies(t: WireSampleTenant, status = 200) {
  const page = await listGroups(t.handle.db, { tenantId: t.tenantId, ...listQuery(GROUP_TEXT_FIELDS) });
  return page.items.map(({ group: row }) => entityResponse(ENTITY.group, toGraphGroup(row), { status }));
}

async function userBodies(t: WireSampleTenant, status = 200) {
  const { items } = await listUsersPage(t.handle.db, { tenantId: t.tenantId, ...listQuery(USER_TEXT_FIELDS) });
  return items.map((user) => entityResponse(ENTITY.user, toGraphUser(user), { status }));
}

/** Users, devices and a nested group: the three directory object types a group holds. */
async function memberBodies(t: WireSampleTenant, isTransitive: boolean) {
  return Promise.all(
    [t.groups.salesUsers, t.groups.salesDevices].map(async (groupId) =>
      collectionResponse('directoryObjects', (await listGroupMembers(t.handle.db, t.tenantId, groupId, { isTransitive })).map(toGraphDirectoryObject)),
    ),
  );
}

