'use client';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import type { ScepValidation } from './use-scep-validation';
import { useProfileWizardStyles } from '../wizard/profile-wizard.styles';

/**
 * The issuing CA check at the top of Configuration settings: every finding (each also shows under its field),
 * so a finding about a setting without a field of its own is not lost.
 */
export function ScepCaCheckMessage({ validation, issuingCa }: { validation: ScepValidation; issuingCa: GraphCloudCertificationAuthority | undefined }) {
  const styles = useProfileWizardStyles();
  if (validation.failure) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>The settings couldn’t be checked against the issuing CA: {validation.failure.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (validation.problems.length === 0) {
    return validation.isValidating ? <Spinner size="tiny" labelPosition="after" label="Checking the settings against the issuing CA…" /> : null;
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{issuingCa ? `The issuing CA '${issuingCa.displayName}' can’t issue these certificates` : 'These settings need changes'}</MessageBarTitle>
        <ul className={styles.problemList}>
          {validation.problems.map((problem) => (
            <li key={`${problem.field}-${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
