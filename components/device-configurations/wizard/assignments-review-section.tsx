'use client';
import { ReviewSection } from '@/components/wizard/review-section';
import { includedNames, type AssignmentSelection } from '../assignments/assignment-selection';
import { PROFILE_STEP_INDEX } from './profile-wizard-steps';

const list = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'None');

/** Review + create's Assignments group. */
export function AssignmentsReviewSection({ selection, onEdit }: { selection: AssignmentSelection; onEdit: (stepIndex: number) => void }) {
  return (
    <ReviewSection
      id="assignments"
      title="Assignments"
      onEdit={() => onEdit(PROFILE_STEP_INDEX.assignments)}
      entries={[
        { label: 'Included groups', value: list(includedNames(selection)) },
        { label: 'Excluded groups', value: list(selection.excludedGroups.map((group) => group.displayName)) },
      ]}
    />
  );
}
