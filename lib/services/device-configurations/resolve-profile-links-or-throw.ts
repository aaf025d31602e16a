// Create and update both store a profile only with valid links: a SCEP profile's Root Certificate and issuing CA
// (400 naming each problem otherwise); a trusted certificate profile has none.
import 'server-only';
import type { Database } from '@/lib/db/database';
import type { DeviceConfigurationType, TDeviceConfiguration } from '@/lib/schemas/device-configuration/device-configuration';
import { ROOT_CERTIFICATE_BIND } from '@/lib/schemas/device-configuration/root-certificate-bind';
import { resolveScepProfileLinks, throwIfFieldProblems } from './resolve-scep-profile-links';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

export interface ProfileLinks {
  rootCertificateProfileId: string | null;
  issuingCaId: string | null;
}

export async function resolveProfileLinksOrThrow(
  db: Database,
  scope: TenantScope,
  type: DeviceConfigurationType,
  profile: TDeviceConfiguration,
  now: Date,
): Promise<ProfileLinks> {
  if (!(ROOT_CERTIFICATE_BIND in profile)) return { rootCertificateProfileId: null, issuingCaId: null };
  const links = await resolveScepProfileLinks(
    db,
    scope,
    { platform: type.platform, rootCertificateBind: profile[ROOT_CERTIFICATE_BIND], caFields: profile },
    now,
  );
  throwIfFieldProblems(links.problems);
  return { rootCertificateProfileId: links.rootCertificateProfileId ?? null, issuingCaId: links.issuingCaId ?? null };
}
