// POST deviceConfigurations: a trusted certificate or SCEP certificate profile. A SCEP profile is
// stored only with a Root Certificate of its platform and a SCEP URI its issuing CA can honour (400 otherwise).
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import {
  type DeviceConfigurationRow,
  insertDeviceConfiguration,
  lockDeploymentOrder,
} from '@/lib/db/repositories/device-configurations';
import { isForeignKeyViolation } from '@/lib/db/postgres-error';
import { GraphError } from '@/lib/graph/graph-error';
import { deviceConfigurationTypeOf, type TDeviceConfiguration } from '@/lib/schemas/device-configuration/device-configuration';
import { recordAuditEvent } from '../audit/record-audit-event';
import { deviceConfigurationColumnsOf } from './device-configuration-columns';
import { resolveProfileLinksOrThrow } from './resolve-profile-links-or-throw';
import { requireAssignableScopeTags } from '../scope-tags/require-assignable-scope-tags';

export async function createDeviceConfiguration(
  db: Database,
  principal: ScopedPrincipal,
  profile: TDeviceConfiguration,
): Promise<DeviceConfigurationRow> {
  const type = deviceConfigurationTypeOf(profile['@odata.type']);
  if (!type) throw new GraphError('BadRequest', `Unsupported @odata.type ${profile['@odata.type']}`);
  const tenantId = principal.tenantId;
  const columns = deviceConfigurationColumnsOf(profile);
  await requireAssignableScopeTags(db, principal, columns.roleScopeTagIds);
  try {
    return await db.transaction(async (tx) => {
      // Under the deployment lock, so a delete of the Root Certificate cannot slip between the check and the insert.
      await lockDeploymentOrder(tx, tenantId);
      const links = await resolveProfileLinksOrThrow(tx, principal.tenantScope, type, profile, new Date());
      const row = await insertDeviceConfiguration(tx, {
        tenantId,
        odataType: type.odataType,
        platform: type.platform,
        kind: type.kind,
        ...columns,
        ...links,
      });
      await recordAuditEvent(tx, principal, {
        // [unverified] Intune's activity type for profiles, by analogy with 'Create CloudCertificationAuthority'.
        activityType: 'Create DeviceConfiguration',
        category: 'DeviceConfiguration',
        activityOperationType: 'Create',
        targetType: 'DeviceConfiguration',
        targetId: row.id,
        targetDisplayName: row.displayName,
        summary: { after: { '@odata.type': row.odataType, ...links, certificateThumbprint: row.certificateThumbprint } },
      });
      return row;
    });
  } catch (error) {
    // CA deletion does not take the deployment lock: the issuing CA may vanish between the check and the insert.
    if (isForeignKeyViolation(error)) {
      throw new GraphError('BadRequest', 'The issuing CA of the SCEP URI was deleted meanwhile: use the SCEP URI of another issuing CA.');
    }
    throw error;
  }
}
