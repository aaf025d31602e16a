'use client';
import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useLoginFormStyles } from './login-form.styles';

export type LoginError = 'invalid' | 'expired' | 'throttled';

const MESSAGES: Record<LoginError, string> = {
  invalid: 'The user name or password is incorrect.',
  expired: 'This sign-in request has expired. Go back to the portal and sign in again.',
  throttled: 'Too many failed sign-in attempts.',
};

function waitText(seconds: number): string {
  if (seconds < 120) return `Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} before you try again.`;
  return `Wait ${Math.ceil(seconds / 60)} minutes before you try again.`;
}

/**
 * The embedded provider's sign-in form. A plain form POST (no fetch): server.ts checks the password and
 * answers with the redirect that continues the OpenID Connect flow, or back here with ?error=invalid (and
 * &wait=N once wrong passwords are slowed down) or ?error=throttled&wait=N.
 */
/** `waitSeconds`: how long the server makes the next attempt wait after too many wrong passwords. */
export function LoginForm({ uid, error, waitSeconds }: { uid: string; error?: LoginError | undefined; waitSeconds?: number | undefined }) {
  const styles = useLoginFormStyles();
  const [isSubmitting, setIsSubmitting] = React.useState(false);
  return (
    <main className={styles.page}>
      <form
        className={styles.card}
        method="post"
        action={`/oidc/interaction/${encodeURIComponent(uid)}/login`}
        onSubmit={() => setIsSubmitting(true)}
      >
        <Text as="h1" size={500} weight="semibold" className={styles.productName}>
          Cloud PKI portal
        </Text>
        <Text as="h2" size={600} weight="semibold" className={styles.heading}>
          Sign in
        </Text>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>
              {MESSAGES[error]}
              {waitSeconds ? ` ${waitText(waitSeconds)}` : ''}
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label="User name" required>
          <Input name="login" autoComplete="username" autoFocus spellCheck={false} />
        </Field>
        <Field label="Password" required>
          <Input name="password" type="password" autoComplete="current-password" />
        </Field>
        <Button
          appearance="primary"
          type="submit"
          className={styles.submit}
          disabledFocusable={isSubmitting}
          icon={isSubmitting ? <Spinner size="tiny" /> : undefined}
        >
          Sign in
        </Button>
      </form>
    </main>
  );
}
