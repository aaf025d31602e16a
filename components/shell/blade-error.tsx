'use client';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useBladeErrorStyles } from './blade-error.styles';

/** A route's error.tsx view: what broke, and a retry that re-renders the segment. */
export function BladeError({ error, retry }: { error: unknown; retry: () => void }) {
  const styles = useBladeErrorStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Something went wrong</MessageBarTitle>
          {error instanceof Error && error.message ? error.message : 'This blade could not be shown.'}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={retry}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
