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
  Textarea,
} from '@fluentui/react-components';
import { useGraphClient } from '@/components/auth/use-graph-client';
import type { GraphGroup } from '@/lib/graph/to-graph-group';
import { type TCreateGroup, type TCreateGroupInput, ZCreateGroup } from '@/lib/schemas/group';
import { GRAPH_GROUPS } from '../directory-paths';
import { useDialogStyles } from '../dialog.styles';
import { useGraphMutation } from '../use-graph-mutation';

const DEFAULTS: TCreateGroupInput = { displayName: '', description: '' };

interface NewGroupDialogProps {
  open: boolean;
  onCreated: (group: GraphGroup) => void;
  onClose: () => void;
}

/** New group: a security group with assigned membership; members are added on the group's blade. */
export function NewGroupDialog({ open, onCreated, onClose }: NewGroupDialogProps) {
  const styles = useDialogStyles();
  const client = useGraphClient();
  const mutation = useGraphMutation();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<TCreateGroupInput, unknown, TCreateGroup>({ resolver: zodResolver(ZCreateGroup), mode: 'onTouched', defaultValues: DEFAULTS });

  // Each opening starts empty.
  const { reset: resetMutation } = mutation;
  React.useEffect(() => {
    if (!open) return;
    reset(DEFAULTS);
    resetMutation();
  }, [open, reset, resetMutation]);

  const submit = handleSubmit(async (request) => {
    // Graph's security-group flags, as the Entra portal sends them.
    const body = { ...request, mailEnabled: false, securityEnabled: true };
    const created = await mutation.run(() => client.api(GRAPH_GROUPS).post(body) as Promise<GraphGroup>);
    if (created) onCreated(created.value);
  });

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle>New group</DialogTitle>
            <DialogContent className={styles.content}>
              {mutation.failure && (
                <MessageBar intent="error">
                  <MessageBarBody>{mutation.failure.message}</MessageBarBody>
                </MessageBar>
              )}
              <Field label="Group type">
                <Input readOnly value="Security" />
              </Field>
              <Field label="Group name" required validationMessage={errors.displayName?.message}>
                <Input {...register('displayName')} />
              </Field>
              <Field label="Group description" validationMessage={errors.description?.message}>
                <Textarea {...register('description')} resize="vertical" />
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
