// The "Deployment order" view of an issuing CA on one platform: the five steps, each done, missing or
// blocked, read from the same rules the assign API enforces (lib/deployment deployment-readiness.ts).
import 'server-only';
import type { Database } from '@/lib/db/database';
import { deploymentReadiness, type ReadinessStep } from '@/lib/deployment/deployment-readiness';
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import { GraphError } from '@/lib/graph/graph-error';
import { getCertificationAuthorityOrThrow } from '../certification-authorities/get-certification-authority-or-throw';
import { buildDeploymentSnapshot } from './build-deployment-snapshot';
import { isGuid } from './get-device-configuration-or-throw';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

export function isPlatformKey(value: string | null): value is Platform {
  return value !== null && Object.hasOwn(PLATFORMS, value);
}

export async function getDeploymentReadiness(
  db: Database,
  scope: TenantScope,
  caId: string,
  platform: string | null,
): Promise<ReadinessStep[]> {
  if (!isPlatformKey(platform)) {
    throw new GraphError('BadRequest', `platform: choose one of ${Object.keys(PLATFORMS).join(', ')}`);
  }
  if (!isGuid(caId)) throw new GraphError('ResourceNotFound', `No certification authority with id '${caId}' exists in this tenant.`);
  const ca = await getCertificationAuthorityOrThrow(db, scope, caId.toLowerCase());
  if (ca.caType === 'rootCertificationAuthority') {
    throw new GraphError(
      'BadRequest',
      `'${ca.displayName}' is a root CA: the deployment order is shown per issuing CA, whose SCEP URI the SCEP profiles use. Open one of its issuing CAs.`,
    );
  }
  // The steps the caller may see: a trust profile out of scope shows as missing, as Intune hides it.
  return deploymentReadiness(await buildDeploymentSnapshot(db, scope), ca.id, platform);
}
