// A SCEP profile against the issuing CA its SCEP URI points at: Intune accepts
// such a profile and the device then fails with "Error" and no certificate. We say so while the
// admin types (the wizard runs this in the browser) and refuse it on create and update (400).
// Pure: the caller passes the tenant's CAs in their Graph shape, e.g. straight from GET cloudCertificationAuthority.
import { FORBIDDEN_EKUS } from '../extended-key-usage';
import type { FieldProblem } from './field-problem';
import { parseScepServerUrl } from './scep-server-url';

/** The Graph `cloudCertificationAuthority` properties the check reads. */
export interface ScepCertificationAuthorityFacts {
  id: string;
  displayName: string;
  cloudCertificationAuthorityType: string;
  certificationAuthorityStatus: string;
  certificateKeySize: string;
  extendedKeyUsages: readonly { name: string; objectIdentifier: string }[];
  /** Null while a BYOCA waits for its signed certificate. */
  validityEndDateTime: string | Date | null;
}

/** The SCEP profile properties the check reads; absent ones (a half-filled wizard) are not judged. */
export interface ScepProfileCaFields {
  keySize?: string;
  hashAlgorithm?: string;
  extendedKeyUsages?: readonly { name?: string; objectIdentifier?: string }[];
  certificateValidityPeriodValue?: number;
  certificateValidityPeriodScale?: string;
  scepServerUrls?: readonly string[];
}

export interface ScepCaCheckContext {
  /** The caller's tenant: a SCEP URI of another tenant's CA is refused. */
  tenantId: string;
  certificationAuthorities: readonly ScepCertificationAuthorityFacts[];
  now: Date;
  /** Origins that stand for {{CloudPKIFQDN}} (the portal's own), besides the placeholder itself. */
  portalOrigins?: readonly string[];
}

const KEY_BITS: Record<string, number> = { size1024: 1024, size2048: 2048, size4096: 4096 };
// ECC CAs (API only) sign RSA leaves of any size: there is no RSA bound to compare with.
const CA_RSA_BITS: Record<string, number> = { rsa2048: 2048, rsa3072: 3072, rsa4096: 4096 };

const ISSUING_TYPES = new Set(['issuingCertificationAuthority', 'issuingCertificationAuthorityWithExternalRoot']);

// What stops a CA from ever issuing through this URI. Paused is temporary — the assign check reports it.
const UNUSABLE_STATUS: Record<string, string> = {
  revoked: 'is revoked and can no longer issue certificates: use the SCEP URI of an active issuing CA',
  expired: 'has expired: use the SCEP URI of its replacement issuing CA',
  signingPending:
    'is waiting for its signed certificate and has no SCEP URI yet: upload the signed certificate first (Properties › Upload signed certificate)',
};

/** The end of a certificate issued `now` with this validity; months and years are calendar months and years. */
export function certificateValidityEnd(now: Date, value: number, scale: string): Date {
  const end = new Date(now.getTime());
  if (scale === 'days') end.setUTCDate(end.getUTCDate() + value);
  else if (scale === 'months') end.setUTCMonth(end.getUTCMonth() + value);
  else end.setUTCFullYear(end.getUTCFullYear() + value);
  return end;
}

/** The issuing CA the profile's SCEP URI points at, or the problem with that URI. */
export function findScepIssuingCa(
  scepServerUrls: readonly string[] | undefined,
  context: ScepCaCheckContext,
): { ca: ScepCertificationAuthorityFacts } | { problem: FieldProblem } | undefined {
  const [url] = scepServerUrls ?? [];
  if (!url) return undefined;
  const problem = (message: string) => ({ problem: { field: 'scepServerUrls', message } });
  const target = parseScepServerUrl(url, context.portalOrigins);
  if (!target) {
    return problem("This is not a Cloud PKI SCEP URI: copy the SCEP URI from the issuing CA's properties (Tenant administration › Cloud PKI)");
  }
  if (target.tenantId !== context.tenantId.toLowerCase()) return problem('This SCEP URI belongs to another tenant: use the SCEP URI of an issuing CA of this tenant');
  const ca = context.certificationAuthorities.find((candidate) => candidate.id.toLowerCase() === target.caId);
  if (!ca) return problem('No CA of this tenant has this SCEP URI: it may have been deleted. Copy the SCEP URI of an issuing CA');
  if (!ISSUING_TYPES.has(ca.cloudCertificationAuthorityType)) {
    return problem(`'${ca.displayName}' is a root CA, which does not issue certificates to devices: use the SCEP URI of an issuing CA`);
  }
  const unusable = UNUSABLE_STATUS[ca.certificationAuthorityStatus];
  return unusable ? problem(`The issuing CA '${ca.displayName}' ${unusable}`) : { ca };
}

export function checkScepProfileAgainstCa(profile: ScepProfileCaFields, context: ScepCaCheckContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  // Cloud PKI rules that hold whatever the CA.
  for (const eku of profile.extendedKeyUsages ?? []) {
    const forbidden = eku.objectIdentifier ? FORBIDDEN_EKUS[eku.objectIdentifier] : undefined;
    if (forbidden) add('extendedKeyUsages', `${forbidden} (${eku.objectIdentifier}) cannot be used with a Cloud PKI certification authority`);
  }
  if (profile.keySize === 'size1024') add('keySize', '1024-bit keys are not supported with Cloud PKI: choose 2048 or 4096');
  if (profile.hashAlgorithm === 'sha1') add('hashAlgorithm', 'SHA-1 is not supported with Cloud PKI: choose SHA-2');

  const found = findScepIssuingCa(profile.scepServerUrls, context);
  if (!found) return problems;
  if ('problem' in found) return [...problems, found.problem];
  const { ca } = found;
  const caName = `the issuing CA '${ca.displayName}'`;

  // A leaf can only carry EKUs its issuing CA has.
  const caEkus = new Set(ca.extendedKeyUsages.map((eku) => eku.objectIdentifier));
  for (const eku of profile.extendedKeyUsages ?? []) {
    if (!eku.objectIdentifier || FORBIDDEN_EKUS[eku.objectIdentifier] || caEkus.has(eku.objectIdentifier)) continue;
    const onCa = ca.extendedKeyUsages.map((caEku) => `${caEku.name} (${caEku.objectIdentifier})`).join(', ');
    add('extendedKeyUsages', `${eku.name || 'The extended key usage'} (${eku.objectIdentifier}) is not on ${caName}, which has ${onCa || 'none'}`);
  }

  // The CA's key size is an upper bound for the keys of its leaves.
  const bits = profile.keySize ? KEY_BITS[profile.keySize] : undefined;
  const caBits = CA_RSA_BITS[ca.certificateKeySize];
  if (bits && caBits && bits > caBits) {
    // Only 4096 can exceed an RSA CA (2048 or 3072), and 2048 is then the one size left.
    add('keySize', `${bits}-bit keys are larger than the RSA-${caBits} key of ${caName}: choose 2048 bits`);
  }

  // The certificate must expire before its issuing CA does.
  const { certificateValidityPeriodValue: value, certificateValidityPeriodScale: scale } = profile;
  if (value !== undefined && value > 0 && scale && ca.validityEndDateTime) {
    const caEnd = new Date(ca.validityEndDateTime);
    if (certificateValidityEnd(context.now, value, scale) > caEnd) {
      add(
        'certificateValidityPeriodValue',
        `A certificate valid for ${value} ${scale} would outlive ${caName}, which expires on ${caEnd.toISOString().slice(0, 10)}: choose a shorter validity period`,
      );
    }
  }
  return problems;
}
