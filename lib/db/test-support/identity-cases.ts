// Repository cases: migrations, the install tenant, users and sealed keys.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../database';
import { isUniqueViolation } from '../postgres-error';
import { createSealedKeyStorage } from '../repositories/sealed-keys';
import { getOrCreateTenant, getTenant } from '../repositories/tenants';
import { findUserById, findUserByPrincipalName, insertUser, insertUserIfAbsent, listUsers } from '../repositories/users';

const TABLES = [
  'tenants',
  'users',
  'sealed_keys',
  'certification_authorities',
  'leaf_certificates',
  'scep_challenges',
  'scep_transactions',
  'audit_events',
  'leases',
];

export function defineIdentityCases(db: () => Database, newTenant: () => Promise<string>): void {
  it('applies the migrations', async () => {
    for (const table of TABLES) {
      await expect(db().execute(sql.raw(`SELECT count(*) FROM "${table}"`))).resolves.toBeDefined();
    }
  });

  it('creates the install tenant once, even when starts race', async () => {
    const tenants = await Promise.all(Array.from({ length: 4 }, () => getOrCreateTenant(db(), { displayName: 'Demo' })));
    expect(new Set(tenants.map((tenant) => tenant.id)).size).toBe(1);
    expect((await getTenant(db()))?.id).toBe(tenants[0]?.id);
  });

  it('finds users by principal name in any letter case, and keeps it unique that way', async () => {
    const tenantId = await newTenant();
    const admin = await insertUser(db(), {
      tenantId,
      userPrincipalName: 'Admin@Contoso.local',
      displayName: 'Admin',
      passwordHash: 'scrypt$x',
      roles: ['CloudPKI.Admin'],
    });
    expect(admin.roles).toEqual(['CloudPKI.Admin']);
    expect(admin.accountEnabled).toBe(true);
    expect((await findUserByPrincipalName(db(), tenantId, 'admin@contoso.LOCAL'))?.id).toBe(admin.id);
    expect((await findUserById(db(), tenantId, admin.id))?.userPrincipalName).toBe('Admin@Contoso.local');
    expect(await findUserByPrincipalName(db(), await newTenant(), 'admin@contoso.local')).toBeUndefined();

    const duplicate = insertUser(db(), { tenantId, userPrincipalName: 'ADMIN@contoso.local', displayName: 'Again' });
    await expect(duplicate).rejects.toSatisfy((error) => isUniqueViolation(error, 'users_tenant_upn_unique'));
    expect(await insertUserIfAbsent(db(), { tenantId, userPrincipalName: 'admin@contoso.local', displayName: 'x' })).toBeUndefined();
    await insertUserIfAbsent(db(), { tenantId, userPrincipalName: 'reader@contoso.local', displayName: 'Reader' });
    expect((await listUsers(db(), tenantId)).map((user) => user.displayName)).toEqual(['Admin', 'Reader']);
  });

  it('stores sealed keys write-once and returns their exact bytes', async () => {
    const storage = createSealedKeyStorage(db());
    const sealed = new Uint8Array([0, 1, 2, 250, 255]);
    const spki = new Uint8Array([48, 130, 1, 34]);
    await storage.save('software:key-1', sealed, spki);
    const loaded = await storage.load('software:key-1');
    expect(loaded?.sealed).toEqual(sealed);
    expect(loaded?.publicKeySpki).toEqual(spki);
    expect(loaded?.sealed.buffer.byteLength).toBe(sealed.length); // safe to hand `.buffer` to WebCrypto
    expect(await storage.load('software:missing')).toBeUndefined();
    await expect(storage.save('software:key-1', sealed, spki)).rejects.toSatisfy((error) => isUniqueViolation(error));
  });

}
