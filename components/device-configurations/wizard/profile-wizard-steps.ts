import type { WizardStep } from '@/components/wizard/wizard-tabs';

// Intune's profile wizard: Scope tags and Windows' Applicability rules are not offered by this portal.
export const PROFILE_WIZARD_STEPS: readonly WizardStep[] = [
  { id: 'basics', label: 'Basics' },
  { id: 'configuration', label: 'Configuration settings' },
  { id: 'assignments', label: 'Assignments' },
  { id: 'review', label: 'Review + create' },
];

export const PROFILE_STEP_INDEX = { basics: 0, configuration: 1, assignments: 2, review: 3 } as const;

export const BASICS_FIELDS = ['displayName', 'description'] as const;
