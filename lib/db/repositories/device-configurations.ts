// Device configuration profiles of a tenant (trusted certificate and SCEP). The Root Certificate link
// is a foreign key with ON DELETE RESTRICT, so a trust profile a SCEP profile names cannot vanish, even in a race.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { isForeignKeyViolation } from '../postgres-error';
import { deviceConfigurations } from '../schema';
import { scopeTagCondition, type TenantScope } from './tenant-scope';

export type { DeviceConfigurationKind, DeviceConfigurationPlatform, DeviceConfigurationSettings } from '../schema';
export type DeviceConfigurationRow = typeof deviceConfigurations.$inferSelect;
export type NewDeviceConfiguration = Omit<
  typeof deviceConfigurations.$inferInsert,
  'version' | 'createdDateTime' | 'lastModifiedDateTime'
>;
/** Platform, kind and Graph type are fixed at creation, as in Intune. */
export type DeviceConfigurationPatch = Partial<
  Omit<NewDeviceConfiguration, 'id' | 'tenantId' | 'odataType' | 'platform' | 'kind'>
>;

/** Deleting a trust profile that a SCEP profile still names as its Root Certificate. */
export class DeviceConfigurationInUseError extends Error {
  constructor(readonly id: string) {
    super(`Device configuration ${id} is the Root Certificate of a SCEP profile.`);
    this.name = 'DeviceConfigurationInUseError';
  }
}

// Any fixed prefix: with the tenant id it keys the advisory lock that serialises deployment-order changes.
const DEPLOYMENT_LOCK_PREFIX = 'device-configuration-deployment:';

/**
 * Inside a transaction: waits until no other transaction of the tenant holds it. The assign and delete services
 * check the deployment order and then write; holding this from check to commit means two admins cannot each pass
 * the check with changes that together break the order.
 */
export async function lockDeploymentOrder(tx: Database, tenantId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${DEPLOYMENT_LOCK_PREFIX + tenantId}, 0))`);
}

export async function insertDeviceConfiguration(db: Database, values: NewDeviceConfiguration): Promise<DeviceConfigurationRow> {
  const [row] = await db
    .insert(deviceConfigurations)
    .values({ ...values, certificateThumbprint: values.certificateThumbprint?.toUpperCase() })
    .returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

/** The tenant's profiles and their scope tags' condition: every read and change of a profile row starts from here. */
function inScope(scope: TenantScope) {
  return and(eq(deviceConfigurations.tenantId, scope.tenantId), scopeTagCondition(deviceConfigurations.roleScopeTagIds, scope));
}

export async function getDeviceConfiguration(db: Database, scope: TenantScope, id: string): Promise<DeviceConfigurationRow | undefined> {
  const [row] = await db
    .select()
    .from(deviceConfigurations)
    .where(and(inScope(scope), eq(deviceConfigurations.id, id)));
  return row;
}

export interface DeviceConfigurationFilter {
  ids?: readonly string[];
  kind?: 'trustedCertificate' | 'scep';
  /** SCEP profiles whose Root Certificate is this trust profile. */
  rootCertificateProfileId?: string;
}

/** Oldest first (ties by id), so lists and the deployment snapshot have a stable order. */
export async function listDeviceConfigurations(
  db: Database,
  scope: TenantScope,
  filter: DeviceConfigurationFilter = {},
): Promise<DeviceConfigurationRow[]> {
  if (filter.ids?.length === 0) return [];
  return db
    .select()
    .from(deviceConfigurations)
    .where(
      and(
        inScope(scope),
        filter.ids ? inArray(deviceConfigurations.id, [...filter.ids]) : undefined,
        filter.kind ? eq(deviceConfigurations.kind, filter.kind) : undefined,
        filter.rootCertificateProfileId
          ? eq(deviceConfigurations.rootCertificateProfileId, filter.rootCertificateProfileId)
          : undefined,
      ),
    )
    .orderBy(asc(deviceConfigurations.createdDateTime), asc(deviceConfigurations.id));
}

/** Partial update that bumps Graph `version`; undefined when the profile is not in scope. */
export async function updateDeviceConfiguration(
  db: Database,
  scope: TenantScope,
  id: string,
  patch: DeviceConfigurationPatch,
): Promise<DeviceConfigurationRow | undefined> {
  const [row] = await db
    .update(deviceConfigurations)
    .set({
      ...patch,
      ...(patch.certificateThumbprint && { certificateThumbprint: patch.certificateThumbprint.toUpperCase() }),
      version: sql`${deviceConfigurations.version} + 1`,
    })
    .where(and(inScope(scope), eq(deviceConfigurations.id, id)))
    .returning();
  return row;
}

/** True if deleted; its assignments and device statuses go with it (ON DELETE CASCADE). */
export async function deleteDeviceConfiguration(db: Database, scope: TenantScope, id: string): Promise<boolean> {
  try {
    // A nested transaction (a savepoint inside the caller's) keeps the caller's transaction usable after a refusal.
    const deleted = await db.transaction((tx) =>
      tx
        .delete(deviceConfigurations)
        .where(and(inScope(scope), eq(deviceConfigurations.id, id)))
        .returning({ id: deviceConfigurations.id }),
    );
    return deleted.length > 0;
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new DeviceConfigurationInUseError(id);
    throw error;
  }
}
