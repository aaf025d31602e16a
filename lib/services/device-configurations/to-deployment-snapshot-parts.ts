// Rows -> the plain data of lib/deployment (types.ts): CAs with their certificate thumbprints, profiles with their
// assignments. Pure, so the dry run can put an unsaved wizard profile into the same shapes.
import 'server-only';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { StoredAssignmentTarget } from '@/lib/db/repositories/device-configuration-assignments';
import type { DeviceConfigurationRow } from '@/lib/db/repositories/device-configurations';
import type { AssignmentTarget, CertificationAuthority, DeploymentProfile } from '@/lib/deployment/types';
import { summarizeCertificate } from '@/lib/pki/certificate-summary';
import { toDer } from '@/lib/pki/encodings';

/** The checker's target: the Graph target without the (unevaluated) assignment filter fields. */
export function toDeploymentTarget(target: StoredAssignmentTarget): AssignmentTarget {
  const type = target['@odata.type'];
  if (type === '#microsoft.graph.groupAssignmentTarget' || type === '#microsoft.graph.exclusionGroupAssignmentTarget') {
    return { '@odata.type': type, groupId: target.groupId ?? '' };
  }
  if (type === '#microsoft.graph.allLicensedUsersAssignmentTarget' || type === '#microsoft.graph.allDevicesAssignmentTarget') {
    return { '@odata.type': type };
  }
  throw new RangeError(`Unsupported assignment target type ${type}`);
}

/**
 * A bring-your-own-CA's private root: the self-signed certificate of the uploaded chain of trust.
 * Undefined until the signed certificate and chain are uploaded.
 */
function externalRootOf(ca: CertificationAuthorityRow): CertificationAuthority['externalRoot'] {
  for (const link of ca.trustChainCertificates ?? []) {
    const summary = summarizeCertificate(toDer(new Uint8Array(Buffer.from(link.certificate, 'base64')), 'CERTIFICATE'));
    if (summary.subjectName === summary.issuerName) return { displayName: link.displayName, certificateThumbprint: summary.thumbprint };
  }
  return undefined;
}

export function toDeploymentCertificationAuthority(ca: CertificationAuthorityRow): CertificationAuthority {
  const externalRoot = ca.caType === 'issuingCertificationAuthorityWithExternalRoot' ? externalRootOf(ca) : undefined;
  return {
    id: ca.id,
    displayName: ca.displayName,
    type: ca.caType === 'rootCertificationAuthority' ? 'root' : 'issuing',
    status: ca.status,
    ...(ca.issuerId && { issuerId: ca.issuerId }),
    ...(externalRoot && { externalRoot }),
    certificateThumbprint: ca.thumbprint ?? '',
  };
}

export function toDeploymentProfile(row: DeviceConfigurationRow, targets: readonly StoredAssignmentTarget[]): DeploymentProfile {
  const common = { id: row.id, displayName: row.displayName, platform: row.platform, assignments: targets.map(toDeploymentTarget) };
  if (row.kind === 'trustedCertificate') {
    return { ...common, kind: 'trustedCertificate', certificateThumbprint: row.certificateThumbprint ?? '' };
  }
  return {
    ...common,
    kind: 'scep',
    ...(row.issuingCaId && { issuingCaId: row.issuingCaId }),
    ...(row.rootCertificateProfileId && { rootCertificateProfileId: row.rootCertificateProfileId }),
  };
}
