// A stored CA as the certificate builders need it: a signer backed by the KeyStore plus its certificate.
// No 'server-only': the CRL republish job runs in server.ts under tsx, where that package throws.
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { KeyOperations } from '@/lib/keys/key-store';
import type { CertificateIssuer } from '@/lib/pki/certificate-issuer';
import { keyStoreSigner } from '@/lib/pki/certificate-signer';
import { caKeyProfileOf } from '@/lib/pki/key-specs';
import type { TCertificateKeySize } from '@/lib/schemas/certification-authority';

export async function caIssuer(keyStore: KeyOperations, ca: CertificationAuthorityRow): Promise<CertificateIssuer> {
  if (!ca.certificateDer) throw new Error(`The CA ${ca.id} has no certificate yet (${ca.status}).`);
  const { signingAlgorithm } = caKeyProfileOf(ca.certificateKeySize as TCertificateKeySize);
  return { signer: await keyStoreSigner(keyStore, ca.keyUri, signingAlgorithm), certificate: ca.certificateDer };
}
