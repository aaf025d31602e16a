// POST deviceConfigurations/{id}/assign: replaces the profile's assignments — unless the
// dependency-order checker refuses the new set (409 naming each missing step), in which case nothing
// at all is stored. Check and write happen under the tenant's deployment lock, in one transaction. A changed set is
// a change of the profile: its version and lastModifiedDateTime move, as after a PATCH.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import {
  type DeviceConfigurationAssignmentRow,
  listDeviceConfigurationAssignments,
  replaceDeviceConfigurationAssignments,
} from '@/lib/db/repositories/device-configuration-assignments';
import { lockDeploymentOrder, updateDeviceConfiguration } from '@/lib/db/repositories/device-configurations';
import { checkAssignmentChange } from '@/lib/deployment/check-assignment-change';
import type { TAssignmentTarget } from '@/lib/schemas/device-configuration/assignment';
import { recordAuditEvent } from '../audit/record-audit-event';
import { buildDeploymentSnapshot } from './build-deployment-snapshot';
import { DeploymentOrderError } from './deployment-order-error';
import { ensureAssignedGroupsExist } from './ensure-assigned-groups-exist';
import { getDeviceConfigurationOrThrow } from './get-device-configuration-or-throw';
import { toDeploymentTarget } from './to-deployment-snapshot-parts';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

/** Group ids in the stored form (lower case, as PostgreSQL prints uuids), so targets compare equal to members. */
export function normalizeTargets(targets: readonly TAssignmentTarget[]): TAssignmentTarget[] {
  return targets.map((target) => ('groupId' in target ? { ...target, groupId: target.groupId.toLowerCase() } : target));
}

export async function assignDeviceConfiguration(
  db: Database,
  principal: ScopedPrincipal,
  id: string,
  targets: readonly TAssignmentTarget[],
): Promise<DeviceConfigurationAssignmentRow[]> {
  const tenantId = principal.tenantId;
  const next = normalizeTargets(targets);
  return db.transaction(async (tx) => {
    await lockDeploymentOrder(tx, tenantId);
    const profile = await getDeviceConfigurationOrThrow(tx, principal.tenantScope, id);
    await ensureAssignedGroupsExist(tx, tenantId, next);

    // The deployment order holds across the whole tenant, whoever may see each step of it.
    const snapshot = await buildDeploymentSnapshot(tx, wholeTenant(tenantId));
    const check = checkAssignmentChange(snapshot, {
      kind: 'setAssignments',
      profileId: profile.id,
      assignments: next.map(toDeploymentTarget),
    });
    if (!check.allowed) throw new DeploymentOrderError(check.problems);

    const before = await listDeviceConfigurationAssignments(tx, profile.id);
    const rows = await replaceDeviceConfigurationAssignments(tx, profile.id, next);
    if (!isSameTargetSet(before.map((row) => row.target), next)) await updateDeviceConfiguration(tx, principal.tenantScope, profile.id, {});
    await recordAuditEvent(tx, principal, {
      // [unverified] Intune's activity type for assigning a profile.
      activityType: 'Assign DeviceConfiguration',
      category: 'DeviceConfiguration',
      activityOperationType: 'Action',
      targetType: 'DeviceConfiguration',
      targetId: profile.id,
      targetDisplayName: profile.displayName,
      summary: { before: before.map((row) => row.target), after: next },
    });
    return rows;
  });
}

/** Order-insensitive, and key-order-insensitive: jsonb hands objects back with their keys reordered. */
function isSameTargetSet(a: readonly object[], b: readonly object[]): boolean {
  const keys = (targets: readonly object[]) => targets.map((target) => JSON.stringify(Object.entries(target).sort())).sort();
  return JSON.stringify(keys(a)) === JSON.stringify(keys(b));
}
