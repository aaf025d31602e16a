// What clients of one deployment were told across the kill -9 rounds — the promises a restart must keep.
import type { GraphCa } from '../portal-instances/portal-api';

export interface DurabilityLedger {
  /** The root and issuing CA the rounds enroll under and revoke from; they live through every round. */
  readonly root: GraphCa;
  readonly issuing: GraphCa;
  /** Serials of the issuing CA's certificates whose CertRep SUCCESS a client read. */
  readonly received: Set<string>;
  /** Serials whose revocation a client saw answered 200. */
  readonly revoked: Set<string>;
  /** A CA whose create a client saw answered 201 (the round's CA, until it is checked and removed). */
  createdCaId: string | undefined;
  /** The highest CRL number served so far per CA: a restart must never go back. */
  readonly crlNumbers: Map<string, bigint>;
  /** How long a CA create and a revocation took when nothing was killed: the window the kills are drawn from. */
  readonly caCreationMs: number;
  readonly revocationMs: number;
}

export function newLedger(fields: Pick<DurabilityLedger, 'root' | 'issuing' | 'caCreationMs' | 'revocationMs'>): DurabilityLedger {
  return { ...fields, received: new Set(), revoked: new Set(), createdCaId: undefined, crlNumbers: new Map() };
}
