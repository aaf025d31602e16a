import { z } from 'zod';
import type { WizardStep } from '@/components/wizard/wizard-tabs';
import { ZCreateRoleScopeTag } from '@/lib/schemas/role-scope-tag';

// Intune's Create scope tag wizard.
export const CREATE_SCOPE_TAG_STEPS: readonly WizardStep[] = [
  { id: 'basics', label: 'Basics' },
  { id: 'assignments', label: 'Assignments' },
  { id: 'review', label: 'Review + create' },
];
export const SCOPE_TAG_STEP_INDEX = { basics: 0, assignments: 1, review: 2 } as const;

/** The tag's POST body, and the groups its assign request sends afterwards. */
export const ZCreateScopeTagForm = ZCreateRoleScopeTag.extend({ groupIds: z.array(z.string()) });
export type CreateScopeTagFormValues = z.input<typeof ZCreateScopeTagForm>;
export type CreateScopeTagRequest = z.output<typeof ZCreateScopeTagForm>;

export const CREATE_SCOPE_TAG_DEFAULTS: CreateScopeTagFormValues = { displayName: '', description: '', groupIds: [] };
export const CREATE_SCOPE_TAG_STEP_FIELDS = [['displayName', 'description'], ['groupIds'], []] as const;
