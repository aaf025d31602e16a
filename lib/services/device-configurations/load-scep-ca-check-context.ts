// The tenant's CAs in the shape the pure profile-vs-CA check reads (lib/schemas/device-configuration
// check-scep-profile-against-ca.ts), with the portal's own origin as a resolved {{CloudPKIFQDN}}.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listCertificationAuthorities } from '@/lib/db/repositories/certification-authorities';
import { getEnv } from '@/lib/env';
import type { ScepCaCheckContext } from '@/lib/schemas/device-configuration/check-scep-profile-against-ca';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

export async function loadScepCaCheckContext(db: Database, scope: TenantScope, now: Date): Promise<ScepCaCheckContext> {
  const cas = await listCertificationAuthorities(db, scope);
  return {
    tenantId: scope.tenantId,
    now,
    portalOrigins: [getEnv().PUBLIC_URL],
    certificationAuthorities: cas.map((ca) => ({
      id: ca.id,
      displayName: ca.displayName,
      cloudCertificationAuthorityType: ca.caType,
      certificationAuthorityStatus: ca.status,
      certificateKeySize: ca.certificateKeySize,
      extendedKeyUsages: ca.extendedKeyUsages,
      validityEndDateTime: ca.validityEndDateTime,
    })),
  };
}
