// First start: the install's tenant, the administrator and the demo users. Idempotent, so every start calls it.
// No 'server-only' here: server.ts imports this under tsx, where that package throws.
import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/local-accounts';
import type { Database } from '@/lib/db/database';
import { getDatabase } from '@/lib/db/database';
import { getOrCreateTenant } from '@/lib/db/repositories/tenants';
import { findUserByPrincipalName, insertUserIfAbsent } from '@/lib/db/repositories/users';
import { getEnv } from '@/lib/env';
import { seedDemoDirectory } from './directory/seed-demo-directory';
import { trialEndFrom } from '@/lib/schemas/cloud-pki-license';

/** Holds only Read CAs: for the permission tests, and for anyone trying the portal's roles. */
export const DEMO_READER_USER = 'reader@contoso.local';

interface SeedUser {
  userPrincipalName: string;
  displayName: string;
  roles: string[];
  /** From the environment; when unset a password is generated and printed once. */
  password: string | undefined;
  passwordVariable: string;
}

export async function seedDemoTenant(): Promise<void> {
  const env = getEnv();
  const db = getDatabase();
  // With Entra ID the tenant is the directory's, so the ids in tokens (`tid`) and in SCEP URLs agree.
  const tenant = await getOrCreateTenant(db, {
    ...(env.ENTRA_TENANT_ID ? { id: env.ENTRA_TENANT_ID } : {}),
    displayName: 'Contoso (demo tenant)',
    // A new install starts in a Cloud PKI trial, so the quick start can create CAs (with software keys) at once.
    cloudPkiLicenseType: 'trial',
    trialEndDateTime: trialEndFrom(new Date()),
  });
  await ensureUser(db, tenant.id, {
    userPrincipalName: env.PORTAL_ADMIN_USER,
    displayName: 'Portal administrator',
    roles: ['CloudPKI.Admin'],
    password: env.PORTAL_ADMIN_PASSWORD,
    passwordVariable: 'PORTAL_ADMIN_PASSWORD',
  });
  await ensureUser(db, tenant.id, {
    userPrincipalName: DEMO_READER_USER,
    displayName: 'Rita Reader',
    roles: ['CloudPKI.Reader'],
    password: env.PORTAL_DEMO_PASSWORD,
    passwordVariable: 'PORTAL_DEMO_PASSWORD',
  });
  await seedDemoDirectory(db, tenant.id);
}

async function ensureUser(db: Database, tenantId: string, user: SeedUser): Promise<void> {
  if (await findUserByPrincipalName(db, tenantId, user.userPrincipalName)) return;
  // base64url of 18 random bytes: 144 bits, nothing a shell or a form would mangle.
  const password = user.password ?? randomBytes(18).toString('base64url');
  const created = await insertUserIfAbsent(db, {
    tenantId,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    mail: user.userPrincipalName,
    passwordHash: await hashPassword(password),
    roles: user.roles,
  });
  if (created && !user.password) {
    console.log(`Created ${created.userPrincipalName} (${user.roles.join(', ')}) with the password ${password} — shown once; set ${user.passwordVariable} to choose it.`);
  }
}
