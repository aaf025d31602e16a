// The certificate chain of an issuing CA as a platform sees it: the CAs, and which trusted-certificate profiles of
// that platform hold each CA certificate. Profiles are matched by certificate thumbprint, not by CA id, because
// a trusted-certificate profile is just an uploaded .cer — one made from the downloaded CA certificate counts.
import type { Platform } from './platforms';
import type { CertificationAuthority, DeploymentSnapshot, TrustedCertificateProfile } from './types';

export interface ChainRoot {
  displayName: string;
  certificateThumbprint: string;
  /** The Cloud PKI root CA; undefined for a bring-your-own-CA's external root. */
  ca?: CertificationAuthority;
}

export interface Chain {
  issuing?: CertificationAuthority;
  root?: ChainRoot;
  rootHolders: TrustedCertificateProfile[];
  issuingHolders: TrustedCertificateProfile[];
}

/** Thumbprints arrive as "AB:CD…", "ab cd…" or "ABCD…" depending on the tool that printed them. */
function normalizeThumbprint(thumbprint: string): string {
  return thumbprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

function findRoot(snapshot: DeploymentSnapshot, issuing: CertificationAuthority): ChainRoot | undefined {
  if (issuing.externalRoot) return { ...issuing.externalRoot };
  const ca = snapshot.certificationAuthorities.find((candidate) => candidate.id === issuing.issuerId);
  return ca && { displayName: ca.displayName, certificateThumbprint: ca.certificateThumbprint, ca };
}

export function findChain(snapshot: DeploymentSnapshot, issuingCaId: string | undefined, platform: Platform): Chain {
  const issuing = snapshot.certificationAuthorities.find((ca) => ca.id === issuingCaId && ca.type === 'issuing');
  const root = issuing && findRoot(snapshot, issuing);
  const trustProfiles = snapshot.profiles.filter(
    (profile): profile is TrustedCertificateProfile =>
      profile.kind === 'trustedCertificate' && profile.platform === platform,
  );
  const holdersOf = (thumbprint: string | undefined) =>
    thumbprint === undefined
      ? []
      : trustProfiles.filter(
          (profile) => normalizeThumbprint(profile.certificateThumbprint) === normalizeThumbprint(thumbprint),
        );
  return {
    issuing,
    root,
    rootHolders: holdersOf(root?.certificateThumbprint),
    issuingHolders: holdersOf(issuing?.certificateThumbprint),
  };
}
