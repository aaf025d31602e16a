// The sentences of the dependency-order problems. Each names the SCEP profile it is about, because one refusal can
// list problems of several SCEP profiles (narrowing a trust profile several of them depend on), and ends with the
// action that fixes it.
import { platformWithArticle, type Platform } from './platforms';
import type { CertificationAuthorityStatus, UncoveredTarget } from './types';

const quote = (name: string) => `'${name}'`;

/** 'A' · 'A' or 'B' · 'A', 'B' or 'C' */
function listNames(names: readonly string[], conjunction: 'and' | 'or'): string {
  const quoted = names.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

const devices = (count: number) => `${count} ${count === 1 ? 'device' : 'devices'}`;

const isVirtualTarget = (target: UncoveredTarget) => target.id === 'allDevices' || target.id === 'allLicensedUsers';

/** "group 'Sales devices'", or "All devices" / "All users", which are not groups. */
const targetPhrase = (target: UncoveredTarget) =>
  isVirtualTarget(target) ? target.displayName : `group ${quote(target.displayName)}`;

export function rootCaMissingMessage(issuingCa: string, scepProfile: string): string {
  return (
    `Step 1 — The issuing CA ${quote(issuingCa)} has no root CA in this tenant: create a root CA, anchor a new issuing ` +
    `CA to it and use that issuing CA's SCEP URI in SCEP profile ${quote(scepProfile)}.`
  );
}

export function issuingCaMissingMessage(scepProfile: string): string {
  return (
    `Step 2 — SCEP profile ${quote(scepProfile)} does not use the SCEP URI of an issuing CA of this tenant: create an ` +
    `issuing CA and paste its SCEP URI into the profile's SCEP Server URLs.`
  );
}

// Only an Active issuing CA issues; a paused one resumes, a revoked or expired one is replaced.
const INACTIVE_ISSUING_CA: Record<Exclude<CertificationAuthorityStatus, 'active'>, (scep: string) => string> = {
  paused: (scep) => `is paused and issues no certificates: resume it before assigning SCEP profile ${scep}.`,
  revoked: (scep) =>
    `is revoked and can no longer issue certificates: create a new issuing CA and replace the SCEP URI in SCEP profile ${scep} with its SCEP URI.`,
  expired: (scep) =>
    `has expired: create a replacement issuing CA and replace the SCEP URI in SCEP profile ${scep} with its SCEP URI.`,
  signingPending: (scep) =>
    `is waiting for its signed certificate: download its CSR, sign it with your private CA and upload the signed certificate before assigning SCEP profile ${scep}.`,
  unknown: (scep) => `is not active: make it Active before assigning SCEP profile ${scep}.`,
};

export function issuingCaNotActiveMessage(
  issuingCa: string,
  status: Exclude<CertificationAuthorityStatus, 'active'>,
  scepProfile: string,
): string {
  return `Step 2 — The issuing CA ${quote(issuingCa)} ${INACTIVE_ISSUING_CA[status](quote(scepProfile))}`;
}

export function rootTrustProfileMissingMessage(platform: Platform, rootCa: string, scepProfile: string): string {
  return (
    `Step 3 — Create ${platformWithArticle(platform)} trusted certificate profile with the root CA ${quote(rootCa)} ` +
    `certificate and select it as the Root Certificate of SCEP profile ${quote(scepProfile)}.`
  );
}

/** What the SCEP profile's Root Certificate currently points at, when that is not a valid choice. */
export type RootCertificateSelection =
  | { kind: 'unset' }
  | { kind: 'gone' }
  | { kind: 'otherPlatform'; displayName: string; platform: Platform }
  | { kind: 'otherCertificate'; displayName: string };

export function rootCertificateMismatchMessage(
  selection: RootCertificateSelection,
  candidates: readonly string[],
  rootCa: string,
  scepProfile: string,
): string {
  const lead = `The Root Certificate of SCEP profile ${quote(scepProfile)}`;
  const problem = (() => {
    switch (selection.kind) {
      case 'unset':
        return `${lead} is not set`;
      case 'gone':
        return `${lead} is set to a trusted certificate profile that no longer exists`;
      case 'otherPlatform':
        return `${lead} is set to ${quote(selection.displayName)}, ${platformWithArticle(selection.platform)} profile`;
      case 'otherCertificate':
        return `${lead} is set to ${quote(selection.displayName)}, which does not hold the root CA ${quote(rootCa)} certificate`;
    }
  })();
  const holds = candidates.length === 1 ? 'holds' : 'hold';
  return `Step 3 — ${problem}: select ${listNames(candidates, 'or')}, which ${holds} the root CA ${quote(rootCa)} certificate.`;
}

export function issuingTrustProfileMissingMessage(platform: Platform, issuingCa: string, scepProfile: string): string {
  return (
    `Step 4 — Create ${platformWithArticle(platform)} trusted certificate profile with the issuing CA ` +
    `${quote(issuingCa)} certificate and assign it to the same groups as SCEP profile ${quote(scepProfile)}.`
  );
}

export function trustCoverageMessage(
  certificate: 'root' | 'issuing',
  trustProfiles: readonly string[],
  uncoveredDeviceCount: number,
  missing: readonly UncoveredTarget[],
  scepProfile: string,
): string {
  const isOne = trustProfiles.length === 1;
  const who = `The ${certificate} CA trust ${isOne ? 'profile' : 'profiles'} ${listNames(trustProfiles, 'and')}`;
  const verb = isOne ? 'does not reach' : 'do not reach';
  const fix = isOne ? 'assign it to' : 'assign one of them to';
  const [only] = missing;
  if (missing.length === 1 && only) {
    const where = targetPhrase(only);
    const that = isVirtualTarget(only) ? where : 'that group';
    return `Step 5 — ${who} ${verb} ${devices(uncoveredDeviceCount)} in ${where} that the SCEP profile ${quote(scepProfile)} reaches: ${fix} ${that} too.`;
  }
  const breakdown = missing.map((target) => `${target.uncoveredDeviceCount} in ${targetPhrase(target)}`).join(', ');
  return `Step 5 — ${who} ${verb} ${devices(uncoveredDeviceCount)} that the SCEP profile ${quote(scepProfile)} reaches (${breakdown}): ${fix} those groups too.`;
}
