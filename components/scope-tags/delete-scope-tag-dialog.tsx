'use client';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { useGraphMutation } from '@/components/directory/use-graph-mutation';
import { useNotify } from '@/components/shell/notifications';
import { GRAPH_ROLE_SCOPE_TAGS } from './scope-tag-paths';
import type { GraphRoleScopeTag } from './use-role-scope-tags';

/**
 * Confirms deleting a tag. The server refuses (409) while CAs, profiles, roles or role assignments carry it; the
 * dialog then stays open with the server's account of what still uses it, and nothing is deleted.
 */
export function DeleteScopeTagDialog({ tag, onClose, onDeleted }: { tag: GraphRoleScopeTag; onClose: () => void; onDeleted: () => void }) {
  const client = useGraphClient();
  const notify = useNotify();
  const { run, isBusy, failure } = useGraphMutation();

  const confirm = async () => {
    if (await run(() => client.api(`${GRAPH_ROLE_SCOPE_TAGS}/${tag.id}`).delete())) {
      notify(`Deleted ${tag.displayName}`);
      onDeleted();
      onClose();
    }
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete scope tag {tag.displayName}?</DialogTitle>
          <DialogContent>
            {failure ? (
              <MessageBar intent="error">
                <MessageBarBody>
                  <MessageBarTitle>{failure.statusCode === 409 ? 'The scope tag is in use' : 'Couldn’t delete the scope tag'}</MessageBarTitle>
                  {failure.message}
                </MessageBarBody>
              </MessageBar>
            ) : (
              `Deleting '${tag.displayName}' can't be undone. A scope tag that CAs, profiles or role assignments still carry cannot be deleted.`
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabled={isBusy}>
              {isBusy ? 'Deleting…' : 'Delete'}
            </Button>
            <Button onClick={onClose} disabled={isBusy}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
