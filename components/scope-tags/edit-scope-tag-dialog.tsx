'use client';
import * as React from 'react';
import { Field, Input, Textarea } from '@fluentui/react-components';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { useGraphMutation } from '@/components/directory/use-graph-mutation';
import { FormDialog } from '@/components/form-dialog';
import { useNotify } from '@/components/shell/notifications';
import { ZUpdateRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { GRAPH_ROLE_SCOPE_TAGS } from './scope-tag-paths';
import type { GraphRoleScopeTag } from './use-role-scope-tags';

/** Edit › Basics: the tag's name and description (its id, and so every object carrying it, stays). */
export function EditScopeTagDialog({ tag, onClose, onSaved }: { tag: GraphRoleScopeTag; onClose: () => void; onSaved: () => void }) {
  const client = useGraphClient();
  const notify = useNotify();
  const { run, isBusy, failure } = useGraphMutation();
  const [displayName, setDisplayName] = React.useState(tag.displayName);
  const [description, setDescription] = React.useState(tag.description ?? '');
  const [nameError, setNameError] = React.useState<string>();

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ZUpdateRoleScopeTag.safeParse({ displayName, description });
    setNameError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (!parsed.success) return;
    if (await run(() => client.api(`${GRAPH_ROLE_SCOPE_TAGS}/${tag.id}`).patch({ displayName, description }))) {
      notify(`Saved ${displayName.trim()}`);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDialog open title={`Edit scope tag ${tag.displayName}`} onSubmit={submit} onClose={onClose} failure={failure} isBusy={isBusy} submitLabel="Save" busyLabel="Saving…">
      <Field label="Name" required validationMessage={nameError}>
        <Input value={displayName} onChange={(_, data) => setDisplayName(data.value)} />
      </Field>
      <Field label="Description">
        <Textarea value={description} onChange={(_, data) => setDescription(data.value)} />
      </Field>
    </FormDialog>
  );
}
