// What an issuing CA's SCEP service needs on every request and what does not change between requests: its RA port
// and its issuer (signer plus certificate). Kept per CA, so the RA certificate and the CA certificate are the same
// objects request after request and their parsed forms are reused (lib/scep and lib/pki memoise per object).
// The row comes from scep-ca-row-cache.ts, revalidated per request; the entry is rebuilt when the row's
// certificate, RA certificate or keys differ from the cached ones (renewal, BYOCA upload).
import 'server-only';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { CertificateIssuer } from '@/lib/pki/certificate-issuer';
import type { RegistrationAuthority } from '@/lib/scep/registration-authority';
import { caIssuer } from '../certification-authorities/ca-issuer';
import { getKeyStore } from '../key-store';
import { registrationAuthorityOf } from './registration-authority-of';

export interface ScepCaMaterial {
  readonly ra: RegistrationAuthority;
  issuer(): Promise<CertificateIssuer>;
}

interface Entry {
  readonly source: Pick<CertificationAuthorityRow, 'keyUri' | 'raKeyUri' | 'certificateDer' | 'raCertificateDer'>;
  readonly material: ScepCaMaterial;
}

const entries = new Map<string, Entry>();

const sameBytes = (a: Uint8Array | null, b: Uint8Array | null) => (a && b ? Buffer.from(a).equals(b) : a === b);

function isCurrent({ source }: Entry, ca: CertificationAuthorityRow): boolean {
  return (
    source.keyUri === ca.keyUri &&
    source.raKeyUri === ca.raKeyUri &&
    sameBytes(source.certificateDer, ca.certificateDer) &&
    sameBytes(source.raCertificateDer, ca.raCertificateDer)
  );
}

function build(ca: CertificationAuthorityRow): ScepCaMaterial | undefined {
  const keyStore = getKeyStore();
  const ra = registrationAuthorityOf(keyStore, ca);
  if (!ra) return undefined;
  let issuer: Promise<CertificateIssuer> | undefined;
  return {
    ra,
    issuer: () => {
      issuer ??= caIssuer(keyStore, ca).catch((error: unknown) => {
        issuer = undefined; // a failed key read is retried next time
        throw error;
      });
      return issuer;
    },
  };
}

/** The CA's cached SCEP material; undefined while it has no RA. */
export function scepCaMaterialOf(ca: CertificationAuthorityRow): ScepCaMaterial | undefined {
  const cached = entries.get(ca.id);
  if (cached && isCurrent(cached, ca)) return cached.material;
  const material = build(ca);
  if (material) entries.set(ca.id, { source: ca, material });
  else entries.delete(ca.id);
  return material;
}
