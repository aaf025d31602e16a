'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Field, Input, Textarea } from '@fluentui/react-components';
import { FormDialog } from '@/components/form-dialog';
import { useGraphClient } from '@/components/auth/use-graph-client';
import type { GraphGroup } from '@/lib/graph/to-graph-group';
import { type TCreateGroupInput, ZCreateGroup } from '@/lib/schemas/group';
import { GRAPH_GROUPS } from '../directory-paths';
import { useCreateDialogForm } from '../use-create-dialog-form';

const DEFAULTS: TCreateGroupInput = { displayName: '', description: '' };

interface NewGroupDialogProps {
  open: boolean;
  onCreated: (group: GraphGroup) => void;
  onClose: () => void;
}

/** New group: a security group with assigned membership; members are added on the group's blade. */
export function NewGroupDialog({ open, onCreated, onClose }: NewGroupDialogProps) {
  const client = useGraphClient();
  const { form, mutation } = useCreateDialogForm(open, zodResolver(ZCreateGroup), DEFAULTS);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = form;

  const submit = handleSubmit(async (request) => {
    // Graph's security-group flags, as the Entra portal sends them.
    const body = { ...request, mailEnabled: false, securityEnabled: true };
    const created = await mutation.run(() => client.api(GRAPH_GROUPS).post(body) as Promise<GraphGroup>);
    if (created) onCreated(created.value);
  });

  return (
    <FormDialog open={open} title="New group" onSubmit={submit} onClose={onClose} failure={mutation.failure} isBusy={mutation.isBusy}>
      <Field label="Group type">
        <Input readOnly value="Security" />
      </Field>
      <Field label="Group name" required validationMessage={errors.displayName?.message}>
        <Input {...register('displayName')} />
      </Field>
      <Field label="Group description" validationMessage={errors.description?.message}>
        <Textarea {...register('description')} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
