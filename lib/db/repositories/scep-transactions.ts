// PKCSReq transactions by the client's transactionID, so GetCertInitial and re-sent requests find their
// outcome (RFC 8894 §3.3.3).
import { and, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { scepTransactions } from '../schema';

export type { ScepTransactionStatus } from '../schema';
export type ScepTransactionRow = typeof scepTransactions.$inferSelect;
export type NewScepTransaction = Omit<typeof scepTransactions.$inferInsert, 'createdDateTime' | 'lastModifiedDateTime'>;

/** Records the outcome of a transaction; a later outcome for the same (CA, transactionID) replaces the earlier. */
export async function saveScepTransaction(db: Database, values: NewScepTransaction): Promise<ScepTransactionRow> {
  const [row] = await db
    .insert(scepTransactions)
    .values(values)
    .onConflictDoUpdate({
      target: [scepTransactions.caId, scepTransactions.transactionId],
      set: { status: values.status, failInfo: values.failInfo ?? null, leafCertificateId: values.leafCertificateId ?? null },
    })
    .returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

export async function findScepTransaction(
  db: Database,
  caId: string,
  transactionId: string,
): Promise<ScepTransactionRow | undefined> {
  const [row] = await db
    .select()
    .from(scepTransactions)
    .where(and(eq(scepTransactions.caId, caId), eq(scepTransactions.transactionId, transactionId)));
  return row;
}
