'use client';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useSignInStatusStyles } from './sign-in-status.styles';

/** Full-page placeholder while MSAL signs in, or why it could not. */
export function SignInStatus({ failure, onRetry }: { failure?: string | undefined; onRetry?: () => void }) {
  const styles = useSignInStatusStyles();
  if (!failure) {
    return (
      <div className={styles.root}>
        <Spinner label="Signing in…" />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <div className={styles.failure}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Sign-in failed</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
        {onRetry && (
          <Button appearance="primary" onClick={onRetry}>
            Try again
          </Button>
        )}
      </div>
    </div>
  );
}
