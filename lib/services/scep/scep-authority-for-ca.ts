// Binds the transport-agnostic SCEP handler (lib/scep) to one issuing CA of a tenant: its RA keys, its chain,
// and issuance through the enrollment service.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { getLeafCertificate } from '@/lib/db/repositories/leaf-certificates';
import { findScepTransaction } from '@/lib/db/repositories/scep-transactions';
import { getEnv } from '@/lib/env';
import type { ScepAuthority } from '@/lib/scep/scep-authority';
import { enrollCertificate } from './enroll-certificate';
import { scepCaMaterialOf } from './scep-ca-material';
import { readScepCaRow } from './scep-ca-row-cache';

export async function scepAuthorityForCa(db: Database, tenantId: string, caId: string): Promise<ScepAuthority | undefined> {
  const cached = await readScepCaRow(db, tenantId, caId);
  const ca = cached?.ca;
  // A root has no SCEP service; a BYOCA gets its certificate and RA only with the upload.
  if (!ca || ca.caType === 'rootCertificationAuthority' || !ca.certificateDer) return undefined;
  const material = scepCaMaterialOf(ca);
  if (!material) return undefined;
  const issuing = ca.certificateDer;

  return {
    ra: material.ra,
    // Read only by GetCACert and renewals: a PKCSReq does not pay for the chain.
    getCaCertificates: async () => ({ issuing, issuers: await cached.issuers() }),
    enroll: async (request) => enrollCertificate(db, ca, request, { issuer: await material.issuer(), publicUrl: getEnv().PUBLIC_URL }),
    // GetCertInitial (RFC 8894 §3.3.3): we never answer PENDING, so a poll finds the finished transaction.
    poll: async ({ transactionId }) => {
      const transaction = await findScepTransaction(db, ca.id, transactionId);
      const leaf = transaction?.leafCertificateId ? await getLeafCertificate(db, tenantId, transaction.leafCertificateId) : undefined;
      if (leaf) return { status: 'SUCCESS', certificateDer: leaf.certificateDer };
      return { status: 'FAILURE', failInfo: 'badCertId', reason: 'No issued certificate for this transaction.' };
    },
  };
}
