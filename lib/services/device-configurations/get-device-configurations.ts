// GET deviceConfigurations and GET deviceConfigurations/{id}, with the navigations Graph expands on request
// (`$expand=rootCertificate`, `$expand=assignments`).
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listTenantDeviceConfigurationAssignments } from '@/lib/db/repositories/device-configuration-assignments';
import { type DeviceConfigurationRow, listDeviceConfigurations } from '@/lib/db/repositories/device-configurations';
import { GraphError } from '@/lib/graph/graph-error';
import type { DeviceConfigurationExpansions } from '@/lib/graph/to-graph-device-configuration';
import { getDeviceConfigurationOrThrow } from './get-device-configuration-or-throw';

export type DeviceConfigurationExpand = 'rootCertificate' | 'assignments';

export interface ExpandedDeviceConfiguration {
  profile: DeviceConfigurationRow;
  expansions: DeviceConfigurationExpansions;
}

async function expand(
  db: Database,
  tenantId: string,
  profiles: readonly DeviceConfigurationRow[],
  expands: ReadonlySet<DeviceConfigurationExpand>,
): Promise<ExpandedDeviceConfiguration[]> {
  const rootIds = expands.has('rootCertificate')
    ? [...new Set(profiles.flatMap((profile) => (profile.rootCertificateProfileId ? [profile.rootCertificateProfileId] : [])))]
    : [];
  const [roots, assignments] = await Promise.all([
    listDeviceConfigurations(db, tenantId, { ids: rootIds }),
    expands.has('assignments') ? listTenantDeviceConfigurationAssignments(db, tenantId) : Promise.resolve([]),
  ]);
  const rootById = new Map(roots.map((root) => [root.id, root]));
  return profiles.map((profile) => ({
    profile,
    expansions: {
      ...(expands.has('rootCertificate') && {
        rootCertificate: profile.rootCertificateProfileId ? (rootById.get(profile.rootCertificateProfileId) ?? null) : null,
      }),
      ...(expands.has('assignments') && {
        assignments: assignments.filter((assignment) => assignment.configurationId === profile.id),
      }),
    },
  }));
}

export async function listDeviceConfigurationsExpanded(
  db: Database,
  tenantId: string,
  expands: ReadonlySet<DeviceConfigurationExpand>,
): Promise<ExpandedDeviceConfiguration[]> {
  return expand(db, tenantId, await listDeviceConfigurations(db, tenantId), expands);
}

export async function getDeviceConfigurationExpanded(
  db: Database,
  tenantId: string,
  id: string,
  expands: ReadonlySet<DeviceConfigurationExpand>,
): Promise<ExpandedDeviceConfiguration> {
  const [expanded] = await expand(db, tenantId, [await getDeviceConfigurationOrThrow(db, tenantId, id)], expands);
  if (!expanded) throw new Error('expand returned no profile');
  return expanded;
}

const EXPANDABLE: readonly DeviceConfigurationExpand[] = ['rootCertificate', 'assignments'];

/** `$expand=rootCertificate,assignments`; a navigation the portal cannot expand is a 400, not silently left out. */
export function parseExpand(value: string | null): Set<DeviceConfigurationExpand> {
  const names = (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(EXPANDABLE as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new GraphError('BadRequest', `$expand: ${unknown.join(', ')} cannot be expanded here; use ${EXPANDABLE.join(' or ')}`);
  }
  return new Set(names as DeviceConfigurationExpand[]);
}
