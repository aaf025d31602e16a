// GET deviceConfigurations and GET deviceConfigurations/{id}, with the navigations Graph expands on request
// (`$expand=rootCertificate`, `$expand=assignments`).
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listTenantDeviceConfigurationAssignments } from '@/lib/db/repositories/device-configuration-assignments';
import { type DeviceConfigurationRow, listDeviceConfigurations } from '@/lib/db/repositories/device-configurations';
import { GraphError } from '@/lib/graph/graph-error';
import type { DeviceConfigurationExpansions } from '@/lib/graph/to-graph-device-configuration';
import { getDeviceConfigurationOrThrow } from './get-device-configuration-or-throw';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

export type DeviceConfigurationExpand = 'rootCertificate' | 'assignments';

export interface ExpandedDeviceConfiguration {
  profile: DeviceConfigurationRow;
  expansions: DeviceConfigurationExpansions;
}

async function expand(
  db: Database,
  scope: TenantScope,
  profiles: readonly DeviceConfigurationRow[],
  expands: ReadonlySet<DeviceConfigurationExpand>,
): Promise<ExpandedDeviceConfiguration[]> {
  const rootIds = expands.has('rootCertificate')
    ? [...new Set(profiles.flatMap((profile) => (profile.rootCertificateProfileId ? [profile.rootCertificateProfileId] : [])))]
    : [];
  const [roots, assignments] = await Promise.all([
    listDeviceConfigurations(db, scope, { ids: rootIds }),
    expands.has('assignments') ? listTenantDeviceConfigurationAssignments(db, scope.tenantId) : Promise.resolve([]),
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
  scope: TenantScope,
  expands: ReadonlySet<DeviceConfigurationExpand>,
): Promise<ExpandedDeviceConfiguration[]> {
  return expand(db, scope, await listDeviceConfigurations(db, scope), expands);
}

export async function getDeviceConfigurationExpanded(
  db: Database,
  scope: TenantScope,
  id: string,
  expands: ReadonlySet<DeviceConfigurationExpand>,
): Promise<ExpandedDeviceConfiguration> {
  const [expanded] = await expand(db, scope, [await getDeviceConfigurationOrThrow(db, scope, id)], expands);
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
