// Judges one assignment change ("assign profile X to A" or "delete profile X") against the deployment order.
// The assign and delete APIs refuse with `problems`; the wizard's review page shows the same list before submit.
//
// Which problems refuse (the decision the rules below implement):
// - Only SCEP profiles that are assigned (at least one included target) are checked. A SCEP profile assigned to
//   nothing is inert, so assigning one to nothing — or deleting it — is always allowed. "Assigned" rather than
//   "reaches a device today": an empty or dynamic group fills up later, and those devices will fail just the same.
// - The SCEP profile being assigned is judged in full whenever the change lets it reach anything new (a target
//   added, an exclusion removed): every rule it violates refuses, including ones it already violated, because the
//   change puts the broken profile on more devices.
// - Every other problem refuses only if the change causes or worsens it: a step-1–4 problem the SCEP profile did
//   not have before, or a step-5 problem that leaves a device uncovered that was covered before. This is what
//   refuses narrowing or deleting a trust profile a SCEP assignment depends on.
// - Problems that exist before and after unchanged (say, another SCEP profile whose issuing CA is paused) never
//   refuse an unrelated change; they are returned as `preexistingProblems` so the portal can still show them.
//   Refusing them would make any assignment in the tenant impossible until someone else's mess is cleaned up,
//   and narrowing a broken SCEP profile — which only lowers the damage — would be refused too.
import { isIncluded } from './devices-reached-by';
import { findScepProfileProblems } from './find-scep-profile-problems';
import type {
  AssignmentChange,
  AssignmentCheck,
  AssignmentTarget,
  DeploymentSnapshot,
  Problem,
  ScepProfile,
} from './types';

const targetKey = (target: AssignmentTarget) =>
  'groupId' in target ? `${target['@odata.type']}:${target.groupId}` : target['@odata.type'];

/** True unless `next` only drops included targets or adds exclusions, i.e. can reach nothing `previous` did not. */
function widens(previous: readonly AssignmentTarget[], next: readonly AssignmentTarget[]): boolean {
  const keys = (targets: readonly AssignmentTarget[], included: boolean) =>
    new Set(targets.filter((target) => isIncluded(target) === included).map(targetKey));
  const [includedBefore, excludedAfter] = [keys(previous, true), keys(next, false)];
  return (
    [...keys(next, true)].some((key) => !includedBefore.has(key)) ||
    [...keys(previous, false)].some((key) => !excludedAfter.has(key))
  );
}

function applyChange(snapshot: DeploymentSnapshot, change: AssignmentChange): DeploymentSnapshot {
  const profiles =
    change.kind === 'deleteProfile'
      ? snapshot.profiles.filter((profile) => profile.id !== change.profileId)
      : snapshot.profiles.map((profile) =>
          profile.id === change.profileId ? { ...profile, assignments: change.assignments } : profile,
        );
  return { ...snapshot, profiles };
}

function problemsOfAssignedScepProfiles(snapshot: DeploymentSnapshot): Problem[] {
  return snapshot.profiles
    .filter((profile): profile is ScepProfile => profile.kind === 'scep' && profile.assignments.some(isIncluded))
    .flatMap((scep) => findScepProfileProblems(snapshot, scep));
}

function isCausedOrWorsened(problem: Problem, before: readonly Problem[]): boolean {
  const earlier = before.find((old) => old.scepProfileId === problem.scepProfileId && old.code === problem.code);
  if (!earlier) return true;
  if (problem.step !== 5 || earlier.step !== 5) return false;
  const uncoveredBefore = new Set(earlier.uncoveredDeviceIds);
  return problem.uncoveredDeviceIds.some((id) => !uncoveredBefore.has(id));
}

export function checkAssignmentChange(snapshot: DeploymentSnapshot, change: AssignmentChange): AssignmentCheck {
  const changed = snapshot.profiles.find((profile) => profile.id === change.profileId);
  // The API answers 404 before asking; an unknown id here is a caller bug, not a deployment-order problem.
  if (!changed) throw new RangeError(`Profile ${change.profileId} is not in the deployment snapshot`);

  const before = problemsOfAssignedScepProfiles(snapshot);
  const after = problemsOfAssignedScepProfiles(applyChange(snapshot, change));
  const judgedInFull =
    changed.kind === 'scep' && change.kind === 'setAssignments' && widens(changed.assignments, change.assignments)
      ? changed.id
      : undefined;

  const problems: Problem[] = [];
  const preexistingProblems: Problem[] = [];
  for (const problem of after) {
    const refuses = problem.scepProfileId === judgedInFull || isCausedOrWorsened(problem, before);
    (refuses ? problems : preexistingProblems).push(problem);
  }
  // Array.prototype.sort is stable: within a step, problems keep the snapshot's profile order.
  const byStep = (a: Problem, b: Problem) => a.step - b.step;
  return {
    allowed: problems.length === 0,
    problems: problems.sort(byStep),
    preexistingProblems: preexistingProblems.sort(byStep),
  };
}
