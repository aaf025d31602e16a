// Certification authorities of a tenant. The six-CA limit is the database's job: each CA holds a
// slot 1..6, unique per tenant, so racing creates cannot exceed it (docs/architecture.md › Data).
import { and, asc, count, eq, getTableColumns, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import { getPostgresError, isForeignKeyViolation, isUniqueViolation, NOT_NULL_VIOLATION } from '../postgres-error';
import {
  type CertificationAuthorityStatus,
  certificationAuthorities,
  MAX_CERTIFICATION_AUTHORITIES_PER_TENANT,
} from '../schema';
import { scopeTagCondition, type TenantScope } from './tenant-scope';

export type {
  CertificationAuthorityStatus,
  CertificationAuthorityType,
  StoredExtendedKeyUsage,
  StoredTrustChainCertificate,
} from '../schema';
export { MAX_CERTIFICATION_AUTHORITIES_PER_TENANT };

/**
 * A CA without its published CRL: at 100,000 revoked certificates the CRL is megabytes, and only the CDP route
 * needs it (getCertificationAuthorityCrl). Every other read stays small.
 */
export type CertificationAuthorityRow = Omit<typeof certificationAuthorities.$inferSelect, 'crlDer'>;
const { crlDer: _publishedCrl, ...caColumns } = getTableColumns(certificationAuthorities);
/** `id` may be given: the CA certificate embeds its own CRL/AIA URLs, so services pick the id before signing. */
export type NewCertificationAuthority = Omit<
  typeof certificationAuthorities.$inferInsert,
  'slot' | 'createdDateTime' | 'lastModifiedDateTime' | 'crlNumber' | 'crlDer' | 'crlThisUpdate' | 'crlNextUpdate'
>;
export type CertificationAuthorityPatch = Partial<
  Omit<typeof certificationAuthorities.$inferInsert, 'id' | 'tenantId' | 'slot' | 'createdDateTime' | 'lastModifiedDateTime'>
>;

export class CertificationAuthorityLimitError extends Error {
  readonly limit = MAX_CERTIFICATION_AUTHORITIES_PER_TENANT;
  constructor() {
    super(`A tenant can have at most ${MAX_CERTIFICATION_AUTHORITIES_PER_TENANT} certification authorities.`);
    this.name = 'CertificationAuthorityLimitError';
  }
}

/** Deleting a CA that other CAs are anchored to (issuer_id ON DELETE RESTRICT). */
export class CertificationAuthorityInUseError extends Error {
  constructor(readonly id: string) {
    super(`Certification authority ${id} still has issuing CAs anchored to it.`);
    this.name = 'CertificationAuthorityInUseError';
  }
}

const SLOT_CONSTRAINT = 'certification_authorities_tenant_slot_unique';
// Each lost race means another create took that slot, so 6 slots need at most 7 rounds; spare for deletes.
const MAX_SLOT_ATTEMPTS = 10;

/** Inserts into the lowest free slot; throws CertificationAuthorityLimitError when slots 1..6 are taken. */
export async function insertCertificationAuthority(
  db: Database,
  values: NewCertificationAuthority,
): Promise<CertificationAuthorityRow> {
  // One statement: NULL when no slot is free, which NOT NULL turns into an error we recognise below.
  const lowestFreeSlot = sql<number>`(
    SELECT s FROM generate_series(1, ${MAX_CERTIFICATION_AUTHORITIES_PER_TENANT}) AS s
    WHERE s NOT IN (SELECT ${certificationAuthorities.slot} FROM ${certificationAuthorities}
                    WHERE ${certificationAuthorities.tenantId} = ${values.tenantId})
    ORDER BY s LIMIT 1)`;
  for (let attempt = 1; ; attempt++) {
    try {
      // A failed statement aborts the enclosing transaction on PostgreSQL; a nested transaction (a savepoint
      // when the caller passed a transaction) keeps the caller's transaction usable for the retry.
      const [row] = await db.transaction((tx) =>
        tx
          .insert(certificationAuthorities)
          .values({
            ...values,
            // upper-case hex, as on the Graph wire (same rule as leaf certificates)
            serialNumber: values.serialNumber?.toUpperCase(),
            thumbprint: values.thumbprint?.toUpperCase(),
            slot: lowestFreeSlot,
          })
          .returning(caColumns),
      );
      if (!row) throw new Error('INSERT … RETURNING returned no row');
      return row;
    } catch (error) {
      const info = getPostgresError(error);
      if (info?.code === NOT_NULL_VIOLATION && info.column === 'slot') throw new CertificationAuthorityLimitError();
      if (!isUniqueViolation(error, SLOT_CONSTRAINT) || attempt >= MAX_SLOT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt)); // spread the retries
    }
  }
}

/** The tenant's CAs and their scope tags' condition: every read and change of a CA row starts from here. */
function inScope(scope: TenantScope) {
  return and(eq(certificationAuthorities.tenantId, scope.tenantId), scopeTagCondition(certificationAuthorities.roleScopeTagIds, scope));
}

export async function listCertificationAuthorities(db: Database, scope: TenantScope): Promise<CertificationAuthorityRow[]> {
  return db
    .select(caColumns)
    .from(certificationAuthorities)
    .where(inScope(scope))
    .orderBy(asc(certificationAuthorities.createdDateTime), asc(certificationAuthorities.slot));
}

export async function getCertificationAuthority(
  db: Database,
  scope: TenantScope,
  id: string,
): Promise<CertificationAuthorityRow | undefined> {
  const [row] = await db
    .select(caColumns)
    .from(certificationAuthorities)
    .where(and(inScope(scope), eq(certificationAuthorities.id, id)));
  return row;
}

export interface CertificationAuthorityVersion {
  status: CertificationAuthorityStatus;
  lastModifiedDateTime: Date;
  /** Of its issuer (the root above an issuing CA), whose certificate GetCACert sends along; null for a root or BYOCA. */
  issuerLastModifiedDateTime: Date | null;
}

/**
 * What changes when a CA or its issuer is edited, in one small query: a cache of the full row (certificates, the
 * published CRL) stays valid while these do. Every edit moves lastModifiedDateTime; the status is compared as well,
 * so a status change shows even within one millisecond of the edit before it.
 */
export async function getCertificationAuthorityVersion(
  db: Database,
  tenantId: string,
  id: string,
): Promise<CertificationAuthorityVersion | undefined> {
  const issuer = alias(certificationAuthorities, 'issuer');
  const [row] = await db
    .select({
      status: certificationAuthorities.status,
      lastModifiedDateTime: certificationAuthorities.lastModifiedDateTime,
      issuerLastModifiedDateTime: issuer.lastModifiedDateTime,
    })
    .from(certificationAuthorities)
    .leftJoin(issuer, eq(issuer.id, certificationAuthorities.issuerId))
    .where(and(eq(certificationAuthorities.tenantId, tenantId), eq(certificationAuthorities.id, id)));
  return row;
}

/** By id alone: for the unauthenticated endpoints (/pki CRL and AIA) whose URL carries only the CA id. */
export async function getCertificationAuthorityById(db: Database, id: string): Promise<CertificationAuthorityRow | undefined> {
  const [row] = await db.select(caColumns).from(certificationAuthorities).where(eq(certificationAuthorities.id, id));
  return row;
}

export async function listChildCertificationAuthorities(
  db: Database,
  tenantId: string,
  issuerId: string,
): Promise<CertificationAuthorityRow[]> {
  return db
    .select(caColumns)
    .from(certificationAuthorities)
    .where(and(eq(certificationAuthorities.tenantId, tenantId), eq(certificationAuthorities.issuerId, issuerId)))
    .orderBy(asc(certificationAuthorities.createdDateTime), asc(certificationAuthorities.slot));
}

export async function countCertificationAuthorities(db: Database, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(certificationAuthorities)
    .where(eq(certificationAuthorities.tenantId, tenantId));
  return row?.value ?? 0;
}

export interface UpdateCertificationAuthorityConditions {
  /** Only update while the CA is in one of these states (state machine). */
  statusIn?: CertificationAuthorityStatus[];
  /** Only update if unchanged since this lastModifiedDateTime (If-Match / eTag). */
  lastModifiedDateTime?: Date;
}

/** Partial update; undefined when the CA is not in scope or a condition does not hold. */
export async function updateCertificationAuthority(
  db: Database,
  scope: TenantScope,
  id: string,
  patch: CertificationAuthorityPatch,
  conditions: UpdateCertificationAuthorityConditions = {},
): Promise<CertificationAuthorityRow | undefined> {
  const [row] = await db
    .update(certificationAuthorities)
    .set(patch)
    .where(
      and(
        inScope(scope),
        eq(certificationAuthorities.id, id),
        conditions.statusIn ? inArray(certificationAuthorities.status, conditions.statusIn) : undefined,
        conditions.lastModifiedDateTime
          ? eq(certificationAuthorities.lastModifiedDateTime, conditions.lastModifiedDateTime)
          : undefined,
      ),
    )
    .returning(caColumns);
  return row;
}

/** True if deleted. Its leaves, challenges and SCEP transactions go with it (ON DELETE CASCADE). */
export async function deleteCertificationAuthority(db: Database, scope: TenantScope, id: string): Promise<boolean> {
  try {
    const rows = await db
      .delete(certificationAuthorities)
      .where(and(inScope(scope), eq(certificationAuthorities.id, id)))
      .returning({ id: certificationAuthorities.id });
    return rows.length > 0;
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new CertificationAuthorityInUseError(id);
    throw error;
  }
}

/** The CRL a CA publishes now, with what its HTTP validators are made of. */
export interface PublishedCrl {
  crlNumber: number;
  der: Uint8Array;
  thisUpdate: Date;
  nextUpdate: Date;
}

export async function getCertificationAuthorityCrl(db: Database, id: string): Promise<PublishedCrl | undefined> {
  const [row] = await db
    .select({
      crlNumber: certificationAuthorities.crlNumber,
      der: certificationAuthorities.crlDer,
      thisUpdate: certificationAuthorities.crlThisUpdate,
      nextUpdate: certificationAuthorities.crlNextUpdate,
    })
    .from(certificationAuthorities)
    .where(eq(certificationAuthorities.id, id));
  if (!row?.der || !row.thisUpdate || !row.nextUpdate) return undefined;
  return { crlNumber: row.crlNumber, der: row.der, thisUpdate: row.thisUpdate, nextUpdate: row.nextUpdate };
}

export interface StoredCrl {
  crlNumber: number;
  crlDer: Uint8Array;
  thisUpdate: Date;
  nextUpdate: Date;
}

/**
 * Publishes a CRL unless one with the same or a higher number is already stored. Build each CRL with the
 * stored crlNumber + 1; on false another instance published first: re-read and rebuild (a revocation may be
 * missing from the other CRL).
 */
export async function storeCertificationAuthorityCrl(db: Database, id: string, crl: StoredCrl): Promise<boolean> {
  const rows = await db
    .update(certificationAuthorities)
    .set({
      crlNumber: crl.crlNumber,
      crlDer: new Uint8Array(crl.crlDer),
      crlThisUpdate: crl.thisUpdate,
      crlNextUpdate: crl.nextUpdate,
      // Publishing a CRL is not an edit of the CA: keep its lastModifiedDateTime (and so its eTag).
      lastModifiedDateTime: sql`${certificationAuthorities.lastModifiedDateTime}`,
    })
    .where(and(eq(certificationAuthorities.id, id), lt(certificationAuthorities.crlNumber, crl.crlNumber)))
    .returning({ id: certificationAuthorities.id });
  return rows.length > 0;
}

/**
 * Marks the published CRL as due, in the transaction that revokes something: if publishing the new CRL fails
 * afterwards, the next CDP request rebuilds it instead of serving a CRL that misses the revocation.
 */
export async function markCrlDue(db: Database, id: string): Promise<void> {
  await db
    .update(certificationAuthorities)
    .set({ crlThisUpdate: null, lastModifiedDateTime: sql`${certificationAuthorities.lastModifiedDateTime}` })
    .where(eq(certificationAuthorities.id, id));
}

/**
 * Ids of CAs (every tenant) whose CRL was last published before `publishedBefore`, or never: the republish job's
 * work. A BYOCA still waiting for its signed certificate has no issuer name to put in a CRL yet.
 */
export async function listCertificationAuthoritiesWithCrlDue(db: Database, publishedBefore: Date): Promise<string[]> {
  const rows = await db
    .select({ id: certificationAuthorities.id })
    .from(certificationAuthorities)
    .where(
      and(
        isNotNull(certificationAuthorities.certificateDer),
        or(isNull(certificationAuthorities.crlThisUpdate), lt(certificationAuthorities.crlThisUpdate, publishedBefore)),
      ),
    );
  return rows.map((row) => row.id);
}

export interface StoredOcspSigner {
  keyUri: string;
  certificateDer: Uint8Array<ArrayBuffer>;
}

/**
 * Stores a CA's OCSP signer unless another instance replaced the one this one saw (`previousCertificateDer`, null
 * for none): on false, re-read and use theirs. Not an edit of the CA: lastModifiedDateTime (its eTag) stays.
 */
export async function storeOcspSigner(
  db: Database,
  id: string,
  signer: StoredOcspSigner,
  previousCertificateDer: Uint8Array | null,
): Promise<boolean> {
  const rows = await db
    .update(certificationAuthorities)
    .set({
      ocspSignerKeyUri: signer.keyUri,
      ocspSignerCertificateDer: signer.certificateDer,
      lastModifiedDateTime: sql`${certificationAuthorities.lastModifiedDateTime}`,
    })
    .where(
      and(
        eq(certificationAuthorities.id, id),
        previousCertificateDer
          ? eq(certificationAuthorities.ocspSignerCertificateDer, new Uint8Array(previousCertificateDer))
          : isNull(certificationAuthorities.ocspSignerCertificateDer),
      ),
    )
    .returning({ id: certificationAuthorities.id });
  return rows.length > 0;
}
