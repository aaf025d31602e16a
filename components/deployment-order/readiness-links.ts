// What each step of the deployment order links to: the create flow with platform, profile type and CA
// preselected when something is missing, or the CA / profiles that make up the step.
import {
  certificationAuthorityPath,
  CREATE_CERTIFICATION_AUTHORITY_PATH,
} from '@/components/certification-authorities/certification-authority-paths';
import { createProfilePath, deviceConfigurationPath } from '@/components/device-configurations/device-configuration-paths';
import type { GraphDeviceConfiguration } from '@/components/device-configurations/graph-device-configuration';
import { shortLabelWithArticle } from '@/components/device-configurations/profile-platforms';
import type { ReadinessStep } from '@/lib/deployment/deployment-readiness';
import type { Platform } from '@/lib/deployment/platforms';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';

export interface ReadinessLink {
  label: string;
  href: string;
}

interface ReadinessContext {
  platform: Platform;
  issuingCa: GraphCloudCertificationAuthority;
  rootCa: GraphCloudCertificationAuthority | undefined;
  profiles: readonly GraphDeviceConfiguration[];
}

function profileLinks(step: ReadinessStep, profiles: readonly GraphDeviceConfiguration[]): ReadinessLink[] {
  return (step.profileIds ?? []).flatMap((id) => {
    const profile = profiles.find((candidate) => candidate.id === id);
    return profile ? [{ label: `Open '${profile.displayName}'`, href: deviceConfigurationPath(id) }] : [];
  });
}

export function readinessLinks(step: ReadinessStep, context: ReadinessContext): ReadinessLink[] {
  const { platform, issuingCa, rootCa, profiles } = context;
  const aPlatform = shortLabelWithArticle(platform);
  const opened = profileLinks(step, profiles);
  const hasNoProfile = (step.profileIds ?? []).length === 0;
  switch (step.step) {
    case 1:
      return rootCa
        ? [{ label: `Open '${rootCa.displayName}'`, href: certificationAuthorityPath(rootCa.id) }]
        : [{ label: 'Create a certification authority', href: CREATE_CERTIFICATION_AUTHORITY_PATH }];
    case 2:
      return [{ label: `Open '${issuingCa.displayName}'`, href: certificationAuthorityPath(issuingCa.id) }];
    case 3:
    case 4: {
      const ca = step.step === 3 ? rootCa : issuingCa;
      if (!ca || !hasNoProfile) return opened;
      return [
        {
          label: `Create ${aPlatform} trusted certificate profile for '${ca.displayName}'`,
          href: createProfilePath({ platform, kind: 'trustedCertificate', caId: ca.id }),
        },
      ];
    }
    case 5:
      return hasNoProfile
        ? [
            {
              label: `Create ${aPlatform} SCEP certificate profile for '${issuingCa.displayName}'`,
              href: createProfilePath({ platform, kind: 'scep', caId: issuingCa.id }),
            },
          ]
        : opened;
  }
}
