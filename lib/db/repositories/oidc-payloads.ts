// The embedded OpenID provider's stored models (lib/auth/oidc/database-oidc-adapter.ts), keyed by model name
// and id. Expired rows are invisible to every read, so deleting them (deleteExpiredOidcPayloads) is only
// housekeeping, never needed for correctness.
import { and, eq, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Database } from '../database';
import { oidcPayloads } from '../schema';

export type OidcPayload = Record<string, unknown>;

export interface OidcPayloadValues {
  kind: string;
  id: string;
  payload: OidcPayload;
  /** The lookup keys; the caller decides which models are indexed by which (as oidc-provider's memory adapter). */
  grantId?: string | undefined;
  uid?: string | undefined;
  userCode?: string | undefined;
  /** Undefined: kept until destroyed. */
  expiresDateTime?: Date | undefined;
}

const notExpired = (now: Date) => or(isNull(oidcPayloads.expiresDateTime), gt(oidcPayloads.expiresDateTime, now));

/** Writes the model; a rewrite replaces the payload and clears `consumed`, like oidc-provider's memory adapter. */
export async function upsertOidcPayload(db: Database, values: OidcPayloadValues): Promise<void> {
  const row = {
    payload: values.payload,
    grantId: values.grantId ?? null,
    uid: values.uid ?? null,
    userCode: values.userCode ?? null,
    expiresDateTime: values.expiresDateTime ?? null,
    consumedDateTime: null,
  };
  await db
    .insert(oidcPayloads)
    .values({ kind: values.kind, id: values.id, ...row })
    .onConflictDoUpdate({ target: [oidcPayloads.kind, oidcPayloads.id], set: row });
}

async function findOne(db: Database, kind: string, where: SQL, now: Date): Promise<OidcPayload | undefined> {
  const [row] = await db
    .select({ payload: oidcPayloads.payload, consumedDateTime: oidcPayloads.consumedDateTime })
    .from(oidcPayloads)
    .where(and(eq(oidcPayloads.kind, kind), where, notExpired(now)))
    .limit(1);
  if (!row) return undefined;
  // oidc-provider treats a truthy `consumed` as "already used" (authorization codes, rotated refresh tokens).
  return row.consumedDateTime ? { ...row.payload, consumed: Math.floor(row.consumedDateTime.getTime() / 1000) } : row.payload;
}

export function findOidcPayload(db: Database, kind: string, id: string, now: Date): Promise<OidcPayload | undefined> {
  return findOne(db, kind, eq(oidcPayloads.id, id), now);
}

export function findOidcPayloadByUid(db: Database, kind: string, uid: string, now: Date): Promise<OidcPayload | undefined> {
  return findOne(db, kind, eq(oidcPayloads.uid, uid), now);
}

export function findOidcPayloadByUserCode(
  db: Database,
  kind: string,
  userCode: string,
  now: Date,
): Promise<OidcPayload | undefined> {
  return findOne(db, kind, eq(oidcPayloads.userCode, userCode), now);
}

export async function consumeOidcPayload(db: Database, kind: string, id: string, now: Date): Promise<void> {
  await db
    .update(oidcPayloads)
    .set({ consumedDateTime: now })
    .where(and(eq(oidcPayloads.kind, kind), eq(oidcPayloads.id, id)));
}

export async function destroyOidcPayload(db: Database, kind: string, id: string): Promise<void> {
  await db.delete(oidcPayloads).where(and(eq(oidcPayloads.kind, kind), eq(oidcPayloads.id, id)));
}

/** Removes every model issued under the grant (tokens, codes), whichever model's adapter is asked. */
export async function revokeOidcPayloadsByGrantId(db: Database, grantId: string): Promise<void> {
  await db.delete(oidcPayloads).where(eq(oidcPayloads.grantId, grantId));
}

/** Housekeeping: removes rows expired at `now`; returns how many. */
export async function deleteExpiredOidcPayloads(db: Database, now: Date): Promise<number> {
  const rows = await db.delete(oidcPayloads).where(lte(oidcPayloads.expiresDateTime, now)).returning({ id: oidcPayloads.id });
  return rows.length;
}
