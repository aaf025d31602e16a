'use client';
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from '@fluentui/react-components';
import { RouterLink } from '@/components/router-link';
import { deviceConfigurationPath } from '../device-configuration-paths';
import type { CreateProfileState } from './use-create-profile';
import { useProfileWizardStyles } from './profile-wizard.styles';

/** Review + create's report on the Create click: progress, a refused create, or a created-but-unassigned profile. */
export function CreateOutcome({ state }: { state: CreateProfileState }) {
  const styles = useProfileWizardStyles();
  switch (state.phase) {
    case 'creating':
    case 'assigning':
      return (
        <div role="status" className={styles.progress}>
          <Text>{state.phase === 'creating' ? 'Creating the profile…' : 'Assigning the profile…'}</Text>
          <ProgressBar aria-label={state.phase === 'creating' ? 'Creating the profile' : 'Assigning the profile'} />
        </div>
      );
    case 'idle':
      return state.failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The profile wasn’t created</MessageBarTitle>
            {state.failure.message}
          </MessageBarBody>
        </MessageBar>
      ) : null;
    case 'done':
      return state.assignFailure ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The profile was created but not assigned</MessageBarTitle>
            {state.assignFailure.message}{' '}
            <RouterLink href={deviceConfigurationPath(state.created.id)}>Open &apos;{state.created.displayName}&apos;</RouterLink>
          </MessageBarBody>
        </MessageBar>
      ) : null;
  }
}
