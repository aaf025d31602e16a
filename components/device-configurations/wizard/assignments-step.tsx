'use client';
import { Text } from '@fluentui/react-components';
import { AssignmentsEditor } from '../assignments/assignments-editor';
import type { AssignmentSelection } from '../assignments/assignment-selection';
import { DeploymentProblems } from '../assignments/deployment-problems';
import type { ProblemContext } from '../assignments/problem-actions';
import type { AssignmentCheck } from '../assignments/use-assignment-check';
import type { Groups } from '../assignments/use-groups';
import { useProfileWizardStyles } from './profile-wizard.styles';

interface AssignmentsStepProps {
  selection: AssignmentSelection;
  onChange: (selection: AssignmentSelection) => void;
  groups: Groups;
  check: AssignmentCheck;
  problemContext: ProblemContext;
}

/** The wizard's Assignments tab: pick the groups, and see at once whether the deployment order allows them. */
export function AssignmentsStep({ selection, onChange, groups, check, problemContext }: AssignmentsStepProps) {
  const styles = useProfileWizardStyles();
  return (
    <>
      <Text className={styles.muted}>
        Assign trusted certificate and SCEP certificate profiles to the same groups. A profile without assignments is saved but
        reaches no device.
      </Text>
      <DeploymentProblems check={check} context={problemContext} />
      <AssignmentsEditor selection={selection} onChange={onChange} groups={groups} />
    </>
  );
}
