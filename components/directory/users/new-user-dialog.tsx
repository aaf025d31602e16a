'use client';
import * as React from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useGraphClient } from '@/components/auth/use-graph-client';
import type { GraphUser } from '@/lib/graph/to-graph-user';
import { MIN_PASSWORD_LENGTH, type TCreateUser, type TCreateUserInput, ZCreateUser } from '@/lib/schemas/user';
import { GRAPH_USERS } from '../directory-paths';
import { useDialogStyles } from '../dialog.styles';
import { useGraphMutation } from '../use-graph-mutation';

const DEFAULTS: TCreateUserInput = { displayName: '', userPrincipalName: '', passwordProfile: { password: '' } };

interface NewUserDialogProps {
  open: boolean;
  onCreated: (user: GraphUser) => void;
  onClose: () => void;
}

/** New user: the same zod schema as POST /users, so the 12-character rule shows here before the server says it. */
export function NewUserDialog({ open, onCreated, onClose }: NewUserDialogProps) {
  const styles = useDialogStyles();
  const client = useGraphClient();
  const mutation = useGraphMutation();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<TCreateUserInput, unknown, TCreateUser>({ resolver: zodResolver(ZCreateUser), mode: 'onTouched', defaultValues: DEFAULTS });

  // Each opening starts empty.
  const { reset: resetMutation } = mutation;
  React.useEffect(() => {
    if (!open) return;
    reset(DEFAULTS);
    resetMutation();
  }, [open, reset, resetMutation]);

  const submit = handleSubmit(async (request) => {
    const created = await mutation.run(() => client.api(GRAPH_USERS).post(request) as Promise<GraphUser>);
    if (created) onCreated(created.value);
  });

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle>New user</DialogTitle>
            <DialogContent className={styles.content}>
              {mutation.failure && (
                <MessageBar intent="error">
                  <MessageBarBody>{mutation.failure.message}</MessageBarBody>
                </MessageBar>
              )}
              <Field label="Display name" required validationMessage={errors.displayName?.message}>
                <Input {...register('displayName')} />
              </Field>
              <Field
                label="User principal name"
                required
                hint="For example: adele.vance@contoso.local"
                validationMessage={errors.userPrincipalName?.message}
              >
                <Input {...register('userPrincipalName')} />
              </Field>
              <Field
                label="Password"
                required
                hint={`At least ${MIN_PASSWORD_LENGTH} characters. The user signs in with it.`}
                validationMessage={errors.passwordProfile?.password?.message ?? errors.passwordProfile?.message}
              >
                <Input type="password" autoComplete="new-password" {...register('passwordProfile.password')} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={mutation.isBusy}>
                {mutation.isBusy ? 'Creating…' : 'Create'}
              </Button>
              <Button onClick={onClose} disabled={mutation.isBusy}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
