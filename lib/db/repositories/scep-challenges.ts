// One-time SCEP challenge passwords, stored as SHA-256 hashes. Consuming is one conditional UPDATE, so
// concurrent enrolments presenting the same challenge get exactly one success.
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Database } from '../database';
import { scepChallenges } from '../schema';

export type ScepChallengeRow = typeof scepChallenges.$inferSelect;
export type NewScepChallenge = Omit<
  typeof scepChallenges.$inferInsert,
  'consumedDateTime' | 'createdDateTime' | 'lastModifiedDateTime'
>;

export async function insertChallenge(db: Database, values: NewScepChallenge): Promise<ScepChallengeRow> {
  const [row] = await db.insert(scepChallenges).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

const usable = (caId: string, challengeHash: string, now: Date) =>
  and(
    eq(scepChallenges.challengeHash, challengeHash),
    eq(scepChallenges.caId, caId),
    isNull(scepChallenges.consumedDateTime),
    gt(scepChallenges.expiresDateTime, now),
  );

/** The challenge if it could be consumed now, without consuming it: lets issuance refuse before it signs anything. */
export async function findUsableChallenge(
  db: Database,
  caId: string,
  challengeHash: string,
  now: Date,
): Promise<ScepChallengeRow | undefined> {
  const [row] = await db.select().from(scepChallenges).where(usable(caId, challengeHash, now));
  return row;
}

/** Marks the challenge used and returns it; undefined if unknown, for another CA, expired or already used. */
export async function consumeChallenge(
  db: Database,
  caId: string,
  challengeHash: string,
  now: Date,
): Promise<ScepChallengeRow | undefined> {
  const [row] = await db
    .update(scepChallenges)
    .set({ consumedDateTime: now })
    .where(usable(caId, challengeHash, now))
    .returning();
  return row;
}

/** Housekeeping: removes challenges that expired before `before`; returns how many. */
export async function deleteExpiredChallenges(db: Database, before: Date): Promise<number> {
  const rows = await db
    .delete(scepChallenges)
    .where(lt(scepChallenges.expiresDateTime, before))
    .returning({ id: scepChallenges.id });
  return rows.length;
}
