'use client';
import { useGroups } from '../assignments/use-groups';
import { useDeploymentResources } from '../use-deployment-resources';

/**
 * What a profile wizard looks up once: the tenant's CAs (certificate and SCEP URI pickers), its profiles (Root
 * Certificate picker, names in dependency problems) and its groups (Assignments).
 */
export function useProfileWizardData() {
  return { ...useDeploymentResources(), groups: useGroups() };
}

export type ProfileWizardData = ReturnType<typeof useProfileWizardData>;
