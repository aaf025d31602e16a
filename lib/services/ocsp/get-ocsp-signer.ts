// The delegated OCSP signer of a CA version (RFC 6960 §4.2.2.2): its key is made on the first request, and its
// certificate (30 days, id-pkix-ocsp-nocheck) is re-issued by the CA once less than a third of it is left, so
// every response's nextUpdate (at most a CRL lifetime, 7 days) falls inside the signer's validity.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { buildOcspSigningCertificate } from '@/lib/pki/build-ocsp-signing-certificate';
import { type CertificateSigner, keyStoreSigner } from '@/lib/pki/certificate-signer';
import { caKeyProfileOf } from '@/lib/pki/key-specs';
import { x509 } from '@/lib/pki/x509';
import { getKeyStore, getKeyStoreHolding } from '../key-store';
import type { OcspIssuer } from './ocsp-issuer';

export interface OcspSigner {
  signer: CertificateSigner;
  certificateDer: Uint8Array<ArrayBuffer>;
}

function isFresh(certificateDer: Uint8Array<ArrayBuffer>, now: Date): boolean {
  const { notBefore, notAfter } = new x509.X509Certificate(certificateDer);
  const lifetime = notAfter.getTime() - notBefore.getTime();
  return notAfter.getTime() - now.getTime() > lifetime / 3;
}

export async function getOcspSigner(db: Database, issuer: OcspIssuer, reload: () => Promise<OcspIssuer | undefined>, now: Date): Promise<OcspSigner> {
  const keyStore = getKeyStore();
  // The CA's own algorithm family and strength: a responder key weaker than the CA's would be the weak link.
  const profile = caKeyProfileOf(issuer.certificateKeySize);
  let current: OcspIssuer | undefined = issuer;
  for (let attempt = 0; current && attempt < 3; attempt++) {
    const stored = current.ocspSigner;
    if (stored && isFresh(stored.certificateDer, now)) {
      return { signer: await keyStoreSigner(keyStore, stored.keyUri, profile.signingAlgorithm), certificateDer: stored.certificateDer };
    }
    const keyUri = stored?.keyUri ?? (await getKeyStoreHolding(current.keyUri).createKey(profile.keySpec)).keyUri;
    const signer = await keyStoreSigner(keyStore, keyUri, profile.signingAlgorithm);
    const caSigner = await keyStoreSigner(keyStore, current.keyUri, profile.signingAlgorithm);
    const certificate = await buildOcspSigningCertificate({
      issuer: { signer: caSigner, certificate: current.certificateDer },
      subjectPublicKeySpki: signer.publicKeySpki,
      now,
    });
    if (await current.storeOcspSigner(db, { keyUri, certificateDer: certificate.der }, stored?.certificateDer ?? null)) {
      return { signer, certificateDer: certificate.der };
    }
    // Another instance stored a signer first: use theirs (a key made here stays unused in the KeyStore).
    current = await reload();
  }
  throw new Error(`Could not store an OCSP signer for CA ${issuer.caId}: other instances kept replacing it`);
}
