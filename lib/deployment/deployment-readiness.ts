// The "Deployment order" view of one issuing CA on one platform: the five steps of the deployment order, each done, missing
// or blocked (an earlier step is not done), with what to do next. It reads the same rules the assign API enforces.
import { devicesReachedBy, isIncluded } from './devices-reached-by';
import { findChain } from './find-chain';
import { findScepProfileProblems } from './find-scep-profile-problems';
import { platformWithArticle, PLATFORMS, type Platform } from './platforms';
import type { CertificationAuthorityStatus, DeploymentSnapshot, DeploymentStep, Problem, ScepProfile } from './types';

export type ReadinessState = 'done' | 'missing' | 'blocked';

export interface ReadinessStep {
  step: DeploymentStep;
  title: string;
  state: ReadinessState;
  /** What is there now — shown even when the step is blocked. */
  detail: string;
  nextAction?: string;
  /** The profiles that make up this step (trust profiles holding the certificate, or the SCEP profiles). */
  profileIds?: string[];
}

type OwnState = Omit<ReadinessStep, 'step' | 'title' | 'state'> & { isDone: boolean };

const TITLES = [
  'Root CA',
  'Issuing CA',
  'Root trusted certificate profile',
  'Issuing trusted certificate profile',
  'SCEP certificate profile',
] as const;

// Portal labels of the CA statuses and what gets an issuing CA back to Active.
const STATUS: Record<CertificationAuthorityStatus, { label: string; action: string }> = {
  active: { label: 'Active', action: '' },
  paused: { label: 'Paused', action: 'Resume the issuing CA.' },
  revoked: { label: 'Revoked', action: 'Create a new issuing CA and use its SCEP URI in the SCEP profiles.' },
  expired: { label: 'Expired', action: 'Create a replacement issuing CA and use its SCEP URI in the SCEP profiles.' },
  signingPending: {
    label: 'Signing required',
    action: 'Download the CSR, sign it with your private CA and upload the signed certificate.',
  },
  unknown: { label: 'Unknown', action: 'Make the issuing CA Active.' },
};

const quote = (name: string) => `'${name}'`;
const names = (items: readonly { displayName: string }[]) => items.map((item) => quote(item.displayName)).join(', ');
/** The row already shows the step number; the checker's sentences start with it. */
const actionOf = (problems: readonly Problem[]) =>
  problems.map((problem) => problem.message.replace(/^Step \d — /, '')).join(' ');

export function deploymentReadiness(
  snapshot: DeploymentSnapshot,
  issuingCaId: string,
  platform: Platform,
): ReadinessStep[] {
  const { issuing, root, rootHolders, issuingHolders } = findChain(snapshot, issuingCaId, platform);
  // The view is opened from an existing issuing CA; anything else is a caller bug.
  if (!issuing) throw new RangeError(`Issuing CA ${issuingCaId} is not in the deployment snapshot`);

  const label = PLATFORMS[platform].label;
  const scepProfiles = snapshot.profiles.filter(
    (profile): profile is ScepProfile =>
      profile.kind === 'scep' && profile.platform === platform && profile.issuingCaId === issuingCaId,
  );
  const assigned = scepProfiles.filter((scep) => scep.assignments.some(isIncluded));
  const problems = assigned.flatMap((scep) => findScepProfileProblems(snapshot, scep));
  const problemsAt = (step: DeploymentStep) => problems.filter((problem) => problem.step === step);

  const rootStep: OwnState = root
    ? {
        isDone: true,
        detail: root.ca
          ? `Root CA ${quote(root.displayName)} is ${STATUS[root.ca.status].label}.`
          : `External root CA ${quote(root.displayName)} (bring your own CA).`,
      }
    : {
        isDone: false,
        detail: `The issuing CA ${quote(issuing.displayName)} has no root CA in this tenant.`,
        nextAction: 'Create a root CA and an issuing CA anchored to it.',
      };

  const status = STATUS[issuing.status];
  const issuingStep: OwnState = {
    isDone: issuing.status === 'active',
    detail: `Issuing CA ${quote(issuing.displayName)} is ${status.label}.`,
    ...(issuing.status !== 'active' && { nextAction: status.action }),
  };

  const trustStep = (
    certificate: 'root' | 'issuing',
    caName: string | undefined,
    holders: readonly { id: string; displayName: string }[],
    stepProblems: readonly Problem[],
  ): OwnState => {
    const profileIds = holders.map((holder) => holder.id);
    if (caName === undefined) {
      return { isDone: false, detail: `There is no ${certificate} CA certificate yet.`, profileIds };
    }
    const certificateName = `the ${certificate} CA ${quote(caName)} certificate`;
    if (holders.length === 0) {
      return {
        isDone: false,
        detail: `No ${label} trusted certificate profile holds ${certificateName}.`,
        nextAction: `Create ${platformWithArticle(platform)} trusted certificate profile with ${certificateName}.`,
        profileIds,
      };
    }
    const holds = holders.length === 1 ? 'holds' : 'hold';
    const detail = `${label} trusted certificate profile ${names(holders)} ${holds} ${certificateName}.`;
    return stepProblems.length === 0
      ? { isDone: true, detail, profileIds }
      : { isDone: false, detail, nextAction: actionOf(stepProblems), profileIds };
  };

  const scepStep = ((): OwnState => {
    const profileIds = scepProfiles.map((scep) => scep.id);
    if (scepProfiles.length === 0) {
      const rootCertificate = rootHolders[0] ? ` and Root Certificate ${quote(rootHolders[0].displayName)}` : '';
      return {
        isDone: false,
        detail: `No ${label} SCEP certificate profile uses the SCEP URI of issuing CA ${quote(issuing.displayName)}.`,
        nextAction:
          `Create ${platformWithArticle(platform)} SCEP certificate profile with the SCEP URI of issuing CA ` +
          `${quote(issuing.displayName)}${rootCertificate}, and assign it to the same groups as the trusted ` +
          'certificate profiles.',
        profileIds,
      };
    }
    if (assigned.length === 0) {
      return {
        isDone: false,
        detail: `SCEP certificate profile ${names(scepProfiles)} ${scepProfiles.length === 1 ? 'is' : 'are'} not assigned.`,
        nextAction: `Assign ${scepProfiles.length === 1 ? 'it' : 'them'} to the same groups as the trusted certificate profiles.`,
        profileIds,
      };
    }
    const reached = new Set(
      assigned.flatMap((scep) => [...devicesReachedBy(scep.assignments, snapshot.directory, platform)]),
    );
    const devices = `${reached.size} ${label} ${reached.size === 1 ? 'device' : 'devices'}`;
    const detail = `SCEP certificate profile ${names(assigned)} ${assigned.length === 1 ? 'reaches' : 'reach'} ${devices}.`;
    const coverage = problemsAt(5);
    return coverage.length === 0
      ? { isDone: true, detail: `${detail} Each of them receives the root and issuing CA certificates.`, profileIds }
      : { isDone: false, detail, nextAction: actionOf(coverage), profileIds };
  })();

  const own = [
    rootStep,
    issuingStep,
    trustStep('root', root?.displayName, rootHolders, problemsAt(3)),
    trustStep('issuing', issuing.displayName, issuingHolders, problemsAt(4)),
    scepStep,
  ];
  return own.map(({ isDone, ...rest }, index) => ({
    step: (index + 1) as DeploymentStep,
    title: TITLES[index] ?? '',
    state: own.slice(0, index).every((earlier) => earlier.isDone) ? (isDone ? 'done' : 'missing') : 'blocked',
    ...rest,
  }));
}
