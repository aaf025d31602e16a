// Rules an issuing CA anchored to a Cloud PKI root must meet, checked against the stored root.
import 'server-only';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { GraphError } from '@/lib/graph/graph-error';
import { addYears } from '@/lib/pki/validity';
import type { TExtendedKeyUsage } from '@/lib/schemas/extended-key-usage';

interface IssuingCaRequest {
  validityPeriodInYears: number;
  extendedKeyUsages: TExtendedKeyUsage[];
}

export function checkIssuingCaRequest(root: CertificationAuthorityRow | undefined, request: IssuingCaRequest, now: Date) {
  if (!root || root.caType !== 'rootCertificationAuthority') {
    throw new GraphError('BadRequest', 'certificationAuthorityIssuerId: choose a root CA of this tenant.');
  }
  if (root.status !== 'active' || !root.validityEndDateTime) {
    throw new GraphError('BadRequest', `certificationAuthorityIssuerId: the root CA '${root.displayName}' is ${root.status}; only an active root CA can anchor an issuing CA.`);
  }
  // The root's EKUs are the superset an issuing CA picks from.
  const rootOids = new Set(root.extendedKeyUsages.map((eku) => eku.objectIdentifier));
  const foreign = request.extendedKeyUsages.filter((eku) => !rootOids.has(eku.objectIdentifier));
  if (foreign.length > 0) {
    const names = foreign.map((eku) => `${eku.name} (${eku.objectIdentifier})`).join(', ');
    throw new GraphError('BadRequest', `extendedKeyUsages: ${names} is not on the root CA '${root.displayName}'; an issuing CA can only use the root's extended key usages.`);
  }
  // [unverified] Intune bounds the choice by the root's validity; we also refuse one that would outlive the root.
  if (addYears(now, request.validityPeriodInYears) > root.validityEndDateTime) {
    throw new GraphError('BadRequest', `validityPeriodInYears: ${request.validityPeriodInYears} years would end after the root CA '${root.displayName}' expires on ${root.validityEndDateTime.toISOString().slice(0, 10)}.`);
  }
  return root;
}
