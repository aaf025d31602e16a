// PATCH cloudPkiLicense: what the commerce side of Microsoft 365 does when a tenant starts a trial, buys Intune
// Suite or the Cloud PKI add-on, or lets them lapse. CAs created before keep their keys where they are: a trial
// CA stays software-backed after purchase.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { type TenantLicense, updateTenantLicense } from '@/lib/db/repositories/tenants';
import { GraphError } from '@/lib/graph/graph-error';
import type { TChangeCloudPkiLicense } from '@/lib/schemas/cloud-pki-license';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CloudPkiLicenseState, cloudPkiLicenseStateOf } from './get-cloud-pki-license';

const auditViewOf = (license: TenantLicense) => ({
  licenseType: license.cloudPkiLicenseType,
  trialEndDateTime: license.trialEndDateTime?.toISOString() ?? null,
});

export async function changeCloudPkiLicense(db: Database, principal: Principal, change: TChangeCloudPkiLicense): Promise<CloudPkiLicenseState> {
  const license: TenantLicense = {
    cloudPkiLicenseType: change.licenseType,
    trialEndDateTime: change.licenseType === 'trial' ? new Date(change.trialEndDateTime) : null,
  };
  const updated = await updateTenantLicense(db, principal.tenantId, license);
  if (!updated) throw new GraphError('ResourceNotFound', `No tenant with id '${principal.tenantId}' exists.`);
  await recordAuditEvent(db, principal, {
    activityType: 'Patch CloudPkiLicense',
    activityOperationType: 'Patch',
    targetType: 'CloudPkiLicense',
    targetId: updated.after.id,
    targetDisplayName: updated.after.displayName,
    summary: { before: auditViewOf(updated.before), after: auditViewOf(updated.after) },
  });
  return cloudPkiLicenseStateOf(updated.after);
}
