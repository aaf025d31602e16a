// The links beside a dependency-order problem: each opens the place that fixes it — the create flow with platform,
// profile type and CA preselected, or the profile or CA that has to change.
import {
  certificationAuthorityPath,
  CREATE_CERTIFICATION_AUTHORITY_PATH,
} from '@/components/certification-authorities/certification-authority-paths';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import type { Problem } from '@/lib/deployment/types';
import { parseScepServerUrl } from '@/lib/schemas/device-configuration/scep-server-url';
import { createProfilePath, deviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { shortLabelWithArticle } from '../profile-platforms';

export interface ProblemAction {
  label: string;
  href: string;
}

export interface ProblemContext {
  certificationAuthorities: readonly GraphCloudCertificationAuthority[];
  profiles: readonly GraphDeviceConfiguration[];
  /** The SCEP URL of the profile being created, which is not in `profiles` yet. */
  unsavedScepServerUrl?: string;
}

/** The issuing CA whose SCEP URI the problem's SCEP profile uses. */
function issuingCaOf(problem: Problem, context: ProblemContext): GraphCloudCertificationAuthority | undefined {
  const saved = context.profiles.find((profile) => profile.id === problem.scepProfileId);
  const url = saved ? saved.scepServerUrls?.[0] : context.unsavedScepServerUrl;
  const caId = url ? parseScepServerUrl(url)?.caId : undefined;
  return context.certificationAuthorities.find((ca) => ca.id.toLowerCase() === caId);
}

const profileName = (context: ProblemContext, id: string) => context.profiles.find((profile) => profile.id === id)?.displayName;

function openProfile(context: ProblemContext, id: string, verb: string): ProblemAction[] {
  const name = profileName(context, id);
  return name ? [{ label: `${verb} '${name}'`, href: deviceConfigurationPath(id) }] : [];
}

export function problemActions(problem: Problem, context: ProblemContext): ProblemAction[] {
  const aPlatform = shortLabelWithArticle(problem.platform);
  const issuing = issuingCaOf(problem, context);
  const createTrust = (ca: GraphCloudCertificationAuthority | undefined, which: 'root' | 'issuing'): ProblemAction => ({
    label: ca
      ? `Create ${aPlatform} trusted certificate profile for '${ca.displayName}'`
      : `Create ${aPlatform} trusted certificate profile for the ${which} CA`,
    href: createProfilePath({ platform: problem.platform, kind: 'trustedCertificate', caId: ca?.id }),
  });

  switch (problem.code) {
    case 'rootCaMissing':
    case 'issuingCaMissing':
      return [{ label: 'Create a certification authority', href: CREATE_CERTIFICATION_AUTHORITY_PATH }];
    case 'issuingCaNotActive':
      return [{ label: `Open the issuing CA '${issuing?.displayName ?? 'certification authority'}'`, href: certificationAuthorityPath(problem.issuingCaId) }];
    case 'rootTrustProfileMissing': {
      const root = context.certificationAuthorities.find((ca) => ca.id === issuing?.certificationAuthorityIssuerId);
      return [createTrust(root, 'root'), ...openProfile(context, problem.scepProfileId, 'Open SCEP profile')];
    }
    case 'rootCertificateMismatch':
      return openProfile(context, problem.scepProfileId, 'Open SCEP profile');
    case 'issuingTrustProfileMissing':
      return [createTrust(issuing, 'issuing')];
    case 'rootTrustCoverage':
    case 'issuingTrustCoverage':
      return problem.trustProfileIds.flatMap((id) => openProfile(context, id, 'Edit the assignments of'));
  }
}
