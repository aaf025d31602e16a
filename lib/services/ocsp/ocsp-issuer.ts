// What the OCSP responder needs of one CA version: its certificate (to match CertIDs), its key (to certify the
// delegated signer), its current CRL (the status the answers agree with) and its delegated signer.
import 'server-only';
import type { CertificationAuthorityRow, StoredOcspSigner } from '@/lib/db/repositories/certification-authorities';
import type { Database } from '@/lib/db/database';
import { storeOcspSigner } from '@/lib/db/repositories/certification-authorities';
import type { TCertificateKeySize } from '@/lib/schemas/certification-authority';
import { getCaWithCurrentCrl } from '../crl/get-current-crl';

/** The CRL an answer agrees with: responses are good until its nextUpdate and change with its number. */
export interface CrlState {
  crlNumber: number;
  thisUpdate: Date;
  nextUpdate: Date;
}

export interface OcspIssuer {
  caId: string;
  tenantId: string;
  caType: CertificationAuthorityRow['caType'];
  versionNumber: number;
  certificateKeySize: TCertificateKeySize;
  keyUri: string;
  certificateDer: Uint8Array<ArrayBuffer>;
  ocspSigner: StoredOcspSigner | undefined;
  /** The version's CRL, published again first if due. */
  currentCrl(db: Database, now: Date): Promise<CrlState>;
  /** Stores a new signer unless another instance replaced `previous` first (then false: re-read). */
  storeOcspSigner(db: Database, signer: StoredOcspSigner, previous: Uint8Array | null): Promise<boolean>;
}

/** The active version of a CA, as its row holds it; undefined while a BYOCA has no certificate yet. */
export function activeOcspIssuer(ca: CertificationAuthorityRow): OcspIssuer | undefined {
  if (!ca.certificateDer) return undefined;
  return {
    caId: ca.id,
    tenantId: ca.tenantId,
    caType: ca.caType,
    versionNumber: ca.versionNumber,
    certificateKeySize: ca.certificateKeySize as TCertificateKeySize,
    keyUri: ca.keyUri,
    certificateDer: ca.certificateDer,
    ocspSigner:
      ca.ocspSignerKeyUri && ca.ocspSignerCertificateDer
        ? { keyUri: ca.ocspSignerKeyUri, certificateDer: ca.ocspSignerCertificateDer }
        : undefined,
    currentCrl: async (db, now) => {
      const fresh = await getCaWithCurrentCrl(db, ca.id, now);
      if (!fresh?.crlThisUpdate || !fresh.crlNextUpdate) throw new Error(`CA ${ca.id} has no CRL to answer OCSP requests with`);
      return { crlNumber: fresh.crlNumber, thisUpdate: fresh.crlThisUpdate, nextUpdate: fresh.crlNextUpdate };
    },
    storeOcspSigner: (db, signer, previous) => storeOcspSigner(db, ca.id, signer, previous),
  };
}
