// DELETE deviceConfigurations/{id}, through the dependency-order checker: a trust profile whose
// certificate an assigned SCEP profile needs cannot go (409, formatRefusal), nor one a SCEP profile names as its
// Root Certificate (409 naming those profiles; the foreign key backs this up). Assignments and statuses go with it.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import {
  DeviceConfigurationInUseError,
  deleteDeviceConfiguration as deleteRow,
  listDeviceConfigurations,
  lockDeploymentOrder,
} from '@/lib/db/repositories/device-configurations';
import { checkAssignmentChange } from '@/lib/deployment/check-assignment-change';
import { GraphError } from '@/lib/graph/graph-error';
import { recordAuditEvent } from '../audit/record-audit-event';
import { buildDeploymentSnapshot } from './build-deployment-snapshot';
import { DeploymentOrderError } from './deployment-order-error';
import { getDeviceConfigurationOrThrow } from './get-device-configuration-or-throw';
import { isInScope, wholeTenant } from '@/lib/db/repositories/tenant-scope';

function rootCertificateInUse(name: string, scepNames: readonly string[]): GraphError {
  const which =
    scepNames.length === 0
      ? 'a SCEP profile'
      : `${scepNames.length === 1 ? 'SCEP profile' : 'SCEP profiles'} ${scepNames.map((scep) => `'${scep}'`).join(', ')}`;
  return new GraphError(
    'Conflict',
    `The trusted certificate profile '${name}' is the Root Certificate of ${which}: select another Root Certificate there, or delete ${scepNames.length === 1 ? 'that profile' : 'those profiles'} first.`,
  );
}

export async function deleteDeviceConfiguration(db: Database, principal: ScopedPrincipal, id: string): Promise<void> {
  const tenantId = principal.tenantId;
  await db.transaction(async (tx) => {
    await lockDeploymentOrder(tx, tenantId);
    const profile = await getDeviceConfigurationOrThrow(tx, principal.tenantScope, id);

    // The deployment order holds across the whole tenant, whoever may see each step of it.
    const check = checkAssignmentChange(await buildDeploymentSnapshot(tx, wholeTenant(tenantId)), { kind: 'deleteProfile', profileId: profile.id });
    if (!check.allowed) throw new DeploymentOrderError(check.problems);
    if (profile.kind === 'trustedCertificate') {
      const referencing = await listDeviceConfigurations(tx, wholeTenant(tenantId), { rootCertificateProfileId: profile.id });
      // Every referencing profile refuses the delete; only those in the caller's scope are named.
      const named = referencing.filter((scep) => isInScope(principal.tenantScope, scep.roleScopeTagIds));
      if (referencing.length > 0) throw rootCertificateInUse(profile.displayName, named.map((scep) => scep.displayName));
    }

    try {
      await deleteRow(tx, principal.tenantScope, profile.id);
    } catch (error) {
      // Only a writer that bypasses the deployment lock can get here; the foreign key still refuses.
      if (error instanceof DeviceConfigurationInUseError) throw rootCertificateInUse(profile.displayName, []);
      throw error;
    }
    await recordAuditEvent(tx, principal, {
      activityType: 'Delete DeviceConfiguration',
      category: 'DeviceConfiguration',
      activityOperationType: 'Delete',
      targetType: 'DeviceConfiguration',
      targetId: profile.id,
      targetDisplayName: profile.displayName,
      summary: { before: { '@odata.type': profile.odataType, version: profile.version } },
    });
  });
}
