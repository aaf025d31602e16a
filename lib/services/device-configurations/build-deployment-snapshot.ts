// The dependency-order checker's input for one tenant (lib/deployment types.ts): its CAs, every trusted
// certificate and SCEP profile with its assignments, and the directory the assignments reach into. The checks
// that refuse a change read the whole tenant (a device needs its trust profile whoever may see it); the
// Deployment order view reads the caller's scope, as Intune hides what a scope tag does not reach.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listCertificationAuthorities } from '@/lib/db/repositories/certification-authorities';
import { listTenantDeviceConfigurationAssignments } from '@/lib/db/repositories/device-configuration-assignments';
import { loadDeploymentDirectory } from '@/lib/db/repositories/device-configuration-directory';
import { listDeviceConfigurations } from '@/lib/db/repositories/device-configurations';
import type { DeploymentSnapshot } from '@/lib/deployment/types';
import { toDeploymentCertificationAuthority, toDeploymentProfile } from './to-deployment-snapshot-parts';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

export async function buildDeploymentSnapshot(db: Database, scope: TenantScope): Promise<DeploymentSnapshot> {
  const { tenantId } = scope;
  const [cas, profiles, assignments, directory] = await Promise.all([
    listCertificationAuthorities(db, scope),
    listDeviceConfigurations(db, scope),
    listTenantDeviceConfigurationAssignments(db, tenantId),
    loadDeploymentDirectory(db, tenantId),
  ]);
  const targetsOf = new Map<string, (typeof assignments)[number]['target'][]>();
  for (const assignment of assignments) {
    const targets = targetsOf.get(assignment.configurationId);
    if (targets) targets.push(assignment.target);
    else targetsOf.set(assignment.configurationId, [assignment.target]);
  }
  return {
    certificationAuthorities: cas.map(toDeploymentCertificationAuthority),
    profiles: profiles.map((profile) => toDeploymentProfile(profile, targetsOf.get(profile.id) ?? [])),
    directory: {
      users: directory.users,
      devices: directory.devices.map(({ id, platform, primaryUserId }) => ({ id, platform, ...(primaryUserId && { primaryUserId }) })),
      groups: directory.groups,
    },
  };
}
