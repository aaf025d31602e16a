// Wire cases of the device management routes: a trusted and a SCEP profile per platform, expanded or not, with
// their assignments and device reports, and the managed devices with their per-profile states.
import * as models from '@microsoft/msgraph-beta-sdk/models/index.js';
import { countManagedDevices, listManagedDevices, MANAGED_DEVICE_TEXT_FIELDS } from '@/lib/db/repositories/managed-devices';
import { listDeviceConfigurationAssignments } from '@/lib/db/repositories/device-configuration-assignments';
import { listDeviceConfigurationsExpanded, getDeviceConfigurationExpanded } from '@/lib/services/device-configurations/get-device-configurations';
import { getDeviceStatusOverview, listDeviceStatuses } from '@/lib/services/device-configurations/device-statuses';
import { checkAssignments } from '@/lib/services/device-configurations/check-assignments';
import { validateScepProfile } from '@/lib/services/device-configurations/validate-scep-profile';
import { listDeviceConfigurationStates } from '@/lib/services/devices/list-device-configuration-states';
import { group } from '@/lib/services/device-configurations/test-tenant.test-helpers';
import type { GraphRouteKey } from '../graph-routes';
import { collectionResponse, entityResponse, primitiveResponse } from '../graph-response';
import { toGraphDeviceConfiguration } from '../to-graph-device-configuration';
import { toGraphDeviceConfigurationAssignment } from '../to-graph-device-configuration-assignment';
import { toGraphDeviceConfigurationDeviceOverview, toGraphDeviceConfigurationDeviceStatus } from '../to-graph-device-configuration-device-status';
import { toGraphDeviceConfigurationState } from '../to-graph-device-configuration-state';
import { toGraphManagedDevice } from '../to-graph-managed-device';
import type { WireSampleTenant } from './wire-sample-tenant';
import { ENTITY, listQuery, one, pages, type WireCase } from './wire-case-kit';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

const PROFILE = models.createDeviceConfigurationFromDiscriminatorValue;
const PROFILES = models.createDeviceConfigurationCollectionResponseFromDiscriminatorValue;
const ASSIGNMENTS = models.createDeviceConfigurationAssignmentCollectionResponseFromDiscriminatorValue;
const DEVICE_STATUSES = models.createDeviceConfigurationDeviceStatusCollectionResponseFromDiscriminatorValue;
const OVERVIEW = models.createDeviceConfigurationDeviceOverviewFromDiscriminatorValue;
const STATES = models.createDeviceConfigurationStateCollectionResponseFromDiscriminatorValue;
const DEVICE = models.createManagedDeviceFromDiscriminatorValue;
const DEVICES = models.createManagedDeviceCollectionResponseFromDiscriminatorValue;

const scepProfiles = (t: WireSampleTenant) => Object.values(t.profiles).map((pair) => pair.scep);
const allProfiles = (t: WireSampleTenant) => Object.values(t.profiles).flatMap((pair) => [pair.trusted, pair.scep]);
const expandedProfile = async (t: WireSampleTenant, id: string) =>
  getDeviceConfigurationExpanded(t.handle.db, wholeTenant(t.tenantId), id, new Set(['rootCertificate', 'assignments'] as const));

export const DEVICE_MANAGEMENT_WIRE_CASES = {
  'GET /graph/beta/deviceManagement/deviceConfigurations': {
    kind: 'graph',
    model: PROFILES,
    bodies: async (t) =>
      Promise.all(
        [new Set<'rootCertificate' | 'assignments'>(), new Set(['rootCertificate', 'assignments'] as const)].map(async (expands) => {
          const profiles = await listDeviceConfigurationsExpanded(t.handle.db, wholeTenant(t.tenantId), expands);
          return collectionResponse('deviceManagement/deviceConfigurations', profiles.map(({ profile, expansions }) => toGraphDeviceConfiguration(profile, expansions)));
        }),
      ),
  },
  'POST /graph/beta/deviceManagement/deviceConfigurations': {
    kind: 'graph',
    model: PROFILE,
    bodies: async (t) => allProfiles(t).map((row) => entityResponse(ENTITY.profile, toGraphDeviceConfiguration(row), { status: 201 })),
  },
  'DELETE /graph/beta/deviceManagement/deviceConfigurations/{id}': { kind: 'noBody', why: '204' },
  'POST /graph/beta/deviceManagement/deviceConfigurations/{id}/createAppleConfigurationProfile': { kind: 'noBody', why: 'an Apple .mobileconfig file' },
  'GET /graph/beta/deviceManagement/deviceConfigurations/{id}': {
    kind: 'graph',
    model: PROFILE,
    bodies: async (t) =>
      Promise.all(
        allProfiles(t).map(async ({ id }) => {
          const { profile, expansions } = await expandedProfile(t, id);
          return entityResponse(ENTITY.profile, toGraphDeviceConfiguration(profile, expansions));
        }),
      ),
  },
  'PATCH /graph/beta/deviceManagement/deviceConfigurations/{id}': {
    kind: 'graph',
    model: PROFILE,
    bodies: async (t) => scepProfiles(t).map((row) => entityResponse(ENTITY.profile, toGraphDeviceConfiguration(row))),
  },
  'POST /graph/beta/deviceManagement/deviceConfigurations/{id}/assign': {
    kind: 'graph',
    model: ASSIGNMENTS,
    bodies: async (t) => {
      const rows = await listDeviceConfigurationAssignments(t.handle.db, t.profiles.windows.trusted.id);
      return one(collectionResponse('Collection(microsoft.graph.deviceConfigurationAssignment)', rows.map(toGraphDeviceConfigurationAssignment)));
    },
  },
  'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/assignments': {
    kind: 'graph',
    model: ASSIGNMENTS,
    bodies: async (t) =>
      Promise.all(
        [t.profiles.windows.trusted, t.profiles.ios.trusted].map(async ({ id }) =>
          collectionResponse(`deviceManagement/deviceConfigurations('${id}')/assignments`, (await listDeviceConfigurationAssignments(t.handle.db, id)).map(toGraphDeviceConfigurationAssignment)),
        ),
      ),
  },
  'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/deviceStatuses': {
    kind: 'graph',
    model: DEVICE_STATUSES,
    bodies: async (t) =>
      Promise.all(
        [t.profiles.windows.scep, t.profiles.ios.scep].map(async ({ id }) =>
          collectionResponse(`deviceManagement/deviceConfigurations('${id}')/deviceStatuses`, (await listDeviceStatuses(t.handle.db, wholeTenant(t.tenantId), id)).map(toGraphDeviceConfigurationDeviceStatus)),
        ),
      ),
  },
  'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/deviceStatusOverview': {
    kind: 'graph',
    model: OVERVIEW,
    // One profile with reports, one that no device has reported on yet (Graph's empty DateTimeOffset).
    bodies: async (t) =>
      Promise.all(
        [t.profiles.windows.scep, t.profiles.macOS.scep].map(async ({ id }) => {
          const { profile, counts } = await getDeviceStatusOverview(t.handle.db, wholeTenant(t.tenantId), id);
          return entityResponse(`deviceManagement/deviceConfigurations('${id}')/deviceStatusOverview/$entity`, toGraphDeviceConfigurationDeviceOverview(profile.id, profile.version, counts));
        }),
      ),
  },
  'POST /graph/beta/deviceManagement/deviceConfigurations/checkAssignments': {
    kind: 'portal',
    bodies: async (t) =>
      one(
        entityResponse(
          'cloudPki.assignmentCheck',
          await checkAssignments(t.handle.db, wholeTenant(t.tenantId), { profile: { id: t.profiles.windows.scep.id }, assignments: [{ target: group(t.groups.salesDevices) }] }),
        ),
      ),
  },
  'POST /graph/beta/deviceManagement/deviceConfigurations/validateScepProfile': {
    kind: 'portal',
    bodies: async (t) =>
      one(entityResponse('cloudPki.scepProfileValidation', { problems: await validateScepProfile(t.handle.db, wholeTenant(t.tenantId), { '@odata.type': '#microsoft.graph.iosScepCertificateProfile' }) })),
  },
  'GET /graph/beta/deviceManagement/managedDevices': {
    kind: 'graph',
    model: DEVICES,
    bodies: async (t) => {
      const { items } = await listManagedDevices(t.handle.db, { tenantId: t.tenantId, ...listQuery(MANAGED_DEVICE_TEXT_FIELDS) });
      return pages('/graph/beta/deviceManagement/managedDevices', 'deviceManagement/managedDevices', items.map(toGraphManagedDevice));
    },
  },
  'GET /graph/beta/deviceManagement/managedDevices/{id}': {
    kind: 'graph',
    model: DEVICE,
    bodies: async (t) => {
      const { items } = await listManagedDevices(t.handle.db, { tenantId: t.tenantId, ...listQuery(MANAGED_DEVICE_TEXT_FIELDS) });
      return items.map((device) => entityResponse(ENTITY.device, toGraphManagedDevice(device)));
    },
  },
  'GET /graph/beta/deviceManagement/managedDevices/{id}/deviceConfigurationStates': {
    kind: 'graph',
    model: STATES,
    bodies: async (t) =>
      Promise.all(
        [t.devices.alicePc, t.devices.aliceIphone, t.devices.kiosk].map(async ({ id }) =>
          collectionResponse(`deviceManagement/managedDevices('${id}')/deviceConfigurationStates`, (await listDeviceConfigurationStates(t.handle.db, t.tenantId, id)).map(toGraphDeviceConfigurationState)),
        ),
      ),
  },
  'POST /graph/beta/deviceManagement/managedDevices/{id}/syncDevice': { kind: 'noBody', why: '204' },
  'POST /graph/beta/deviceManagement/managedDevices/syncAll': {
    kind: 'portal',
    bodies: async (t) => one(primitiveResponse('Edm.Int32', await countManagedDevices(t.handle.db, t.tenantId))),
  },
} as const satisfies { [K in GraphRouteKey]?: WireCase };
