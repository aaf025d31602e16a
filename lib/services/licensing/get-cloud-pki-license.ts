// The tenant's Cloud PKI license with what it allows now (cloud-pki-license-policy.ts), as the blades show it and
// the create service enforces it.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { getTenantById, type TenantLicense } from '@/lib/db/repositories/tenants';
import { GraphError } from '@/lib/graph/graph-error';
import { isHsmConfigured } from '../key-store';
import { type CloudPkiLicense, type CloudPkiLicensePolicy, cloudPkiLicensePolicy } from './cloud-pki-license-policy';

export type CloudPkiLicenseState = CloudPkiLicense & CloudPkiLicensePolicy;

export function cloudPkiLicenseStateOf(license: TenantLicense, now = new Date()): CloudPkiLicenseState {
  const stored = { licenseType: license.cloudPkiLicenseType, trialEndDateTime: license.trialEndDateTime };
  return { ...stored, ...cloudPkiLicensePolicy(stored, { now, isHsmConfigured: isHsmConfigured() }) };
}

export async function getCloudPkiLicense(db: Database, tenantId: string): Promise<CloudPkiLicenseState> {
  const tenant = await getTenantById(db, tenantId);
  if (!tenant) throw new GraphError('ResourceNotFound', `No tenant with id '${tenantId}' exists.`);
  return cloudPkiLicenseStateOf(tenant);
}
