// What a SCEP profile points at, checked against the tenant: the Root Certificate
// must be a trusted certificate profile of the same platform, and the SCEP URI an issuing CA whose EKUs, key
// size and lifetime the profile fits. Returns the links to store and every problem found, so create/update can
// refuse with all of them and validateScepProfile can list them as the admin types.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { getDeviceConfiguration } from '@/lib/db/repositories/device-configurations';
import { type Platform, platformWithArticle } from '@/lib/deployment/platforms';
import { GraphError } from '@/lib/graph/graph-error';
import {
  checkScepProfileAgainstCa,
  findScepIssuingCa,
  type ScepProfileCaFields,
} from '@/lib/schemas/device-configuration/check-scep-profile-against-ca';
import type { FieldProblem } from '@/lib/schemas/device-configuration/field-problem';
import { ROOT_CERTIFICATE_BIND, rootCertificateIdOfBind } from '@/lib/schemas/device-configuration/root-certificate-bind';
import { isGuid } from './get-device-configuration-or-throw';
import { loadScepCaCheckContext } from './load-scep-ca-check-context';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

export interface ScepProfileLinks {
  rootCertificateProfileId?: string;
  issuingCaId?: string;
  problems: FieldProblem[];
}

async function resolveRootCertificate(
  db: Database,
  scope: TenantScope,
  platform: Platform,
  bind: string | undefined,
): Promise<{ id?: string; problem?: FieldProblem }> {
  const id = bind === undefined ? undefined : rootCertificateIdOfBind(bind);
  if (id === undefined) return {}; // the schema reports a missing or malformed bind
  const problem = (message: string) => ({ problem: { field: ROOT_CERTIFICATE_BIND, message } });
  const root = isGuid(id) ? await getDeviceConfiguration(db, scope, id.toLowerCase()) : undefined;
  if (!root) return problem(`No trusted certificate profile with id '${id}' exists in this tenant: select the Root Certificate again`);
  if (root.kind !== 'trustedCertificate') return problem(`'${root.displayName}' is not a trusted certificate profile: select the root CA's trusted certificate profile`);
  if (root.platform !== platform) {
    return problem(
      `'${root.displayName}' is ${platformWithArticle(root.platform)} profile: the Root Certificate must be ${platformWithArticle(platform)} trusted certificate profile`,
    );
  }
  return { id: root.id };
}

export async function resolveScepProfileLinks(
  db: Database,
  scope: TenantScope,
  profile: { platform: Platform; rootCertificateBind: string | undefined; caFields: ScepProfileCaFields },
  now: Date,
): Promise<ScepProfileLinks> {
  // Only what the caller sees can be linked: a Root Certificate or CA out of scope is as unknown as a missing one.
  const root = await resolveRootCertificate(db, scope, profile.platform, profile.rootCertificateBind);
  const context = await loadScepCaCheckContext(db, scope, now);
  const found = findScepIssuingCa(profile.caFields.scepServerUrls, context);
  return {
    ...(root.id && { rootCertificateProfileId: root.id }),
    ...(found && 'ca' in found && { issuingCaId: found.ca.id }),
    problems: [...(root.problem ? [root.problem] : []), ...checkScepProfileAgainstCa(profile.caFields, context)],
  };
}

/** 400 naming each field, in the format of the schema errors ("keySize: …; extendedKeyUsages: …"). */
export function throwIfFieldProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) {
    throw new GraphError('BadRequest', problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
  }
}
