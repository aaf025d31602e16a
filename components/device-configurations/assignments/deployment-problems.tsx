'use client';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { RouterLink } from '@/components/router-link';
import type { Problem } from '@/lib/deployment/types';
import { problemActions, type ProblemContext } from './problem-actions';
import type { AssignmentCheck } from './use-assignment-check';
import { useAssignmentsStyles } from './assignments.styles';

function ProblemList({ problems, context }: { problems: readonly Problem[]; context: ProblemContext }) {
  const styles = useAssignmentsStyles();
  const ordered = [...problems].sort((a, b) => a.step - b.step);
  return (
    <ol className={styles.problemList}>
      {ordered.map((problem, index) => (
        <li key={`${problem.scepProfileId}-${problem.code}-${index}`} className={styles.problemItem}>
          <Text>{problem.message}</Text>
          <span className={styles.problemLinks}>
            {problemActions(problem, context).map((action) => (
              <RouterLink key={action.href + action.label} href={action.href}>
                {action.label}
              </RouterLink>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}

interface DeploymentProblemsProps {
  check: AssignmentCheck;
  context: ProblemContext;
}

/**
 * The dependency-order verdict on an assignment set, in step order, with links that fix each problem: the same
 * reasons the assign API would give (its 409 lists them too), shown before anything is saved.
 */
export function DeploymentProblems({ check, context }: DeploymentProblemsProps) {
  const { result, isChecking, failure } = check;
  if (isChecking) return <Spinner size="tiny" labelPosition="after" label="Checking the deployment order…" />;
  if (failure) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>The deployment order couldn’t be checked: {failure.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!result) return null;
  return (
    <>
      {result.problems.length > 0 ? (
        <MessageBar intent="error" layout="multiline" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>These assignments break the deployment order</MessageBarTitle>
            <ProblemList problems={result.problems} context={context} />
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>These assignments keep the deployment order.</MessageBarBody>
        </MessageBar>
      )}
      {result.preexistingProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Other profiles already break the deployment order</MessageBarTitle>
            They don’t block this change, but devices they target won’t get certificates until they are fixed.
            <ProblemList problems={result.preexistingProblems} context={context} />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
