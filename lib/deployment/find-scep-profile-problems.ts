// The five deployment-order rules checked for one SCEP profile, in step order:
// root CA → issuing CA (Active) → root trusted-certificate profile (= the SCEP profile's Root Certificate) →
// issuing trusted-certificate profile → every device the SCEP profile reaches also gets both certificates.
import { reachByIncludedTarget } from './devices-reached-by';
import { findChain } from './find-chain';
import { indexDirectory } from './index-directory';
import {
  issuingCaMissingMessage,
  issuingCaNotActiveMessage,
  issuingTrustProfileMissingMessage,
  rootCaMissingMessage,
  rootCertificateMismatchMessage,
  rootTrustProfileMissingMessage,
  trustCoverageMessage,
  type RootCertificateSelection,
} from './problem-messages';
import type {
  DeploymentSnapshot,
  IncludedAssignmentTarget,
  Problem,
  ScepProfile,
  TrustedCertificateProfile,
  UncoveredTarget,
} from './types';

function targetIdentity(target: IncludedAssignmentTarget, groupName: (id: string) => string) {
  switch (target['@odata.type']) {
    case '#microsoft.graph.groupAssignmentTarget':
      return { id: target.groupId, displayName: groupName(target.groupId) };
    case '#microsoft.graph.allDevicesAssignmentTarget':
      return { id: 'allDevices', displayName: 'All devices' };
    case '#microsoft.graph.allLicensedUsersAssignmentTarget':
      return { id: 'allLicensedUsers', displayName: 'All users' };
  }
}

function selectionOf(snapshot: DeploymentSnapshot, scep: ScepProfile): RootCertificateSelection {
  if (!scep.rootCertificateProfileId) return { kind: 'unset' };
  const selected = snapshot.profiles.find((profile) => profile.id === scep.rootCertificateProfileId);
  if (!selected) return { kind: 'gone' };
  return selected.platform === scep.platform
    ? { kind: 'otherCertificate', displayName: selected.displayName }
    : { kind: 'otherPlatform', displayName: selected.displayName, platform: selected.platform };
}

/**
 * Step 5 for one certificate. Coverage is the union of every trust profile of the platform holding the
 * certificate: a device trusts a CA once any profile installs its certificate, and the SCEP profile's Root
 * Certificate reference is resolved by thumbprint on the device (Windows ClientCertificateInstall `CAThumbprint`).
 */
function coverageProblem(
  snapshot: DeploymentSnapshot,
  scep: ScepProfile,
  certificate: 'root' | 'issuing',
  holders: readonly TrustedCertificateProfile[],
): Problem | undefined {
  const { directory } = snapshot;
  const covered = new Set(
    holders.flatMap((holder) =>
      reachByIncludedTarget(holder.assignments, directory, scep.platform).flatMap((reach) => [...reach.deviceIds]),
    ),
  );
  const index = indexDirectory(directory);
  const groupName = (id: string) => index.groupName(id) ?? id;
  const uncovered = new Set<string>();
  const missingGroups: UncoveredTarget[] = [];
  for (const reach of reachByIncludedTarget(scep.assignments, directory, scep.platform)) {
    const left = [...reach.deviceIds].filter((id) => !covered.has(id));
    if (left.length === 0) continue;
    left.forEach((id) => uncovered.add(id));
    missingGroups.push({ ...targetIdentity(reach.target, groupName), uncoveredDeviceCount: left.length });
  }
  if (uncovered.size === 0) return undefined;
  const names = holders.map((holder) => holder.displayName);
  return {
    step: 5,
    code: certificate === 'root' ? 'rootTrustCoverage' : 'issuingTrustCoverage',
    message: trustCoverageMessage(certificate, names, uncovered.size, missingGroups, scep.displayName),
    scepProfileId: scep.id,
    platform: scep.platform,
    trustProfileIds: holders.map((holder) => holder.id),
    uncoveredDeviceIds: [...uncovered],
    missingGroups,
  };
}

/** Every rule the SCEP profile violates in `snapshot`, ordered by step. Rules that need an unknown CA are skipped. */
export function findScepProfileProblems(snapshot: DeploymentSnapshot, scep: ScepProfile): Problem[] {
  const about = { scepProfileId: scep.id, platform: scep.platform };
  const { issuing, root, rootHolders, issuingHolders } = findChain(snapshot, scep.issuingCaId, scep.platform);
  // Without the issuing CA there is no chain to name: every later rule would be about unknown certificates.
  if (!issuing) {
    return [{ ...about, step: 2, code: 'issuingCaMissing', message: issuingCaMissingMessage(scep.displayName) }];
  }

  const problems: Problem[] = [];
  if (!root) {
    const message = rootCaMissingMessage(issuing.displayName, scep.displayName);
    problems.push({ ...about, step: 1, code: 'rootCaMissing', issuingCaId: issuing.id, message });
  }
  if (issuing.status !== 'active') {
    const status = issuing.status;
    const message = issuingCaNotActiveMessage(issuing.displayName, status, scep.displayName);
    problems.push({ ...about, step: 2, code: 'issuingCaNotActive', issuingCaId: issuing.id, status, message });
  }
  if (root && rootHolders.length === 0) {
    const message = rootTrustProfileMissingMessage(scep.platform, root.displayName, scep.displayName);
    problems.push({ ...about, step: 3, code: 'rootTrustProfileMissing', message });
  } else if (root && !rootHolders.some((holder) => holder.id === scep.rootCertificateProfileId)) {
    const names = rootHolders.map((holder) => holder.displayName);
    const selection = selectionOf(snapshot, scep);
    const message = rootCertificateMismatchMessage(selection, names, root.displayName, scep.displayName);
    problems.push({
      ...about,
      step: 3,
      code: 'rootCertificateMismatch',
      ...(scep.rootCertificateProfileId && { rootCertificateProfileId: scep.rootCertificateProfileId }),
      candidateProfileIds: rootHolders.map((holder) => holder.id),
      message,
    });
  }
  if (issuingHolders.length === 0) {
    const message = issuingTrustProfileMissingMessage(scep.platform, issuing.displayName, scep.displayName);
    problems.push({ ...about, step: 4, code: 'issuingTrustProfileMissing', message });
  }
  // A missing trust profile is already its own problem at step 3 or 4; "nobody reaches these devices" would repeat it.
  for (const [certificate, holders] of [['root', rootHolders], ['issuing', issuingHolders]] as const) {
    const problem = holders.length > 0 ? coverageProblem(snapshot, scep, certificate, holders) : undefined;
    if (problem) problems.push(problem);
  }
  return problems;
}
