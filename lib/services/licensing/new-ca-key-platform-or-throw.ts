// Before a CA is created: the license must allow it, and it names where the CA's (and its RA's) keys go.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { GraphError } from '@/lib/graph/graph-error';
import type { KeyPlatform } from '@/lib/keys/key-store';
import { getCloudPkiLicense } from './get-cloud-pki-license';

export async function newCaKeyPlatformOrThrow(db: Database, tenantId: string): Promise<KeyPlatform> {
  const license = await getCloudPkiLicense(db, tenantId);
  if (license.createBlockedReason === null) return license.newKeyPlatform;
  // A missing license is the tenant's to fix (403, as Intune answers an unlicensed tenant); a licensed tenant
  // without an HSM conflicts with how this server is configured.
  throw new GraphError(license.status === 'licensed' ? 'Conflict' : 'Forbidden', license.createBlockedReason);
}
