// PATCH deviceConfigurations/{id}: the type's properties, each optional, merged over the stored profile and
// validated as a whole; the Graph type and platform never change. Changes to what the profile
// deploys pass the dependency-order checker (check-profile-update.ts).
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import {
  type DeviceConfigurationRow,
  lockDeploymentOrder,
  updateDeviceConfiguration as updateRow,
} from '@/lib/db/repositories/device-configurations';
import { GraphError } from '@/lib/graph/graph-error';
import { toWritableDeviceConfiguration } from '@/lib/graph/to-graph-device-configuration';
import {
  deviceConfigurationSchemaOf,
  deviceConfigurationTypeOf,
  parseDeviceConfigurationPatch,
  type SchemaIssue,
} from '@/lib/schemas/device-configuration/device-configuration';
import { recordAuditEvent } from '../audit/record-audit-event';
import { checkProfileUpdate } from './check-profile-update';
import { deviceConfigurationColumnsOf } from './device-configuration-columns';
import { getDeviceConfigurationOrThrow } from './get-device-configuration-or-throw';
import { resolveProfileLinksOrThrow } from './resolve-profile-links-or-throw';
import { requireAssignableScopeTags } from '../scope-tags/require-assignable-scope-tags';

const issuesMessage = (issues: readonly SchemaIssue[]) =>
  issues.map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message)).join('; ');

export async function updateDeviceConfiguration(
  db: Database,
  principal: ScopedPrincipal,
  id: string,
  body: unknown,
): Promise<DeviceConfigurationRow> {
  const tenantId = principal.tenantId;
  return db.transaction(async (tx) => {
    await lockDeploymentOrder(tx, tenantId);
    const before = await getDeviceConfigurationOrThrow(tx, principal.tenantScope, id);
    const type = deviceConfigurationTypeOf(before.odataType);
    if (!type) throw new GraphError('BadRequest', `Profiles of type ${before.odataType} cannot be changed here.`);

    const patch = parseDeviceConfigurationPatch(type, body);
    if (!patch.success) throw new GraphError('BadRequest', issuesMessage(patch.issues));
    const merged = deviceConfigurationSchemaOf(type).safeParse({ ...toWritableDeviceConfiguration(before), ...patch.data });
    if (!merged.success) throw new GraphError('BadRequest', issuesMessage(merged.error.issues));

    const links = await resolveProfileLinksOrThrow(tx, principal.tenantScope, type, merged.data, new Date());
    const columns = deviceConfigurationColumnsOf(merged.data);
    await requireAssignableScopeTags(tx, principal, columns.roleScopeTagIds, before.roleScopeTagIds);
    await checkProfileUpdate(tx, before, { ...links, certificateThumbprint: columns.certificateThumbprint });
    const after = await updateRow(tx, principal.tenantScope, before.id, { ...columns, ...links });
    if (!after) throw new GraphError('ResourceNotFound', `No device configuration with id '${id}' exists in this tenant.`);

    await recordAuditEvent(tx, principal, {
      activityType: 'Patch DeviceConfiguration',
      category: 'DeviceConfiguration',
      activityOperationType: 'Patch',
      targetType: 'DeviceConfiguration',
      targetId: after.id,
      targetDisplayName: after.displayName,
      summary: {
        before: { displayName: before.displayName, version: before.version, settings: before.settings },
        after: { displayName: after.displayName, version: after.version, settings: after.settings },
      },
    });
    return after;
  });
}
