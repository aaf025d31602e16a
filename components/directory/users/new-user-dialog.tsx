'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Field, Input } from '@fluentui/react-components';
import { FormDialog } from '@/components/form-dialog';
import { useGraphClient } from '@/components/auth/use-graph-client';
import type { GraphUser } from '@/lib/graph/to-graph-user';
import { MIN_PASSWORD_LENGTH, type TCreateUserInput, ZCreateUser } from '@/lib/schemas/user';
import { GRAPH_USERS } from '../directory-paths';
import { useCreateDialogForm } from '../use-create-dialog-form';

const DEFAULTS: TCreateUserInput = { displayName: '', userPrincipalName: '', passwordProfile: { password: '' } };

interface NewUserDialogProps {
  open: boolean;
  onCreated: (user: GraphUser) => void;
  onClose: () => void;
}

/** New user: the same zod schema as POST /users, so the 12-character rule shows here before the server says it. */
export function NewUserDialog({ open, onCreated, onClose }: NewUserDialogProps) {
  const client = useGraphClient();
  const { form, mutation } = useCreateDialogForm(open, zodResolver(ZCreateUser), DEFAULTS);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = form;

  const submit = handleSubmit(async (request) => {
    const created = await mutation.run(() => client.api(GRAPH_USERS).post(request) as Promise<GraphUser>);
    if (created) onCreated(created.value);
  });

  return (
    <FormDialog open={open} title="New user" onSubmit={submit} onClose={onClose} failure={mutation.failure} isBusy={mutation.isBusy}>
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
    </FormDialog>
  );
}
