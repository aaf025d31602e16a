'use client';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useDialogStyles } from '../dialog.styles';

interface RemoveMembersDialogProps {
  open: boolean;
  groupName: string;
  memberNames: readonly string[];
  isRemoving: boolean;
  failure?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Confirms a removal, naming who goes and what it means for them. */
export function RemoveMembersDialog({ open, groupName, memberNames, isRemoving, failure, onConfirm, onClose }: RemoveMembersDialogProps) {
  const styles = useDialogStyles();
  const who = memberNames.length === 1 ? `'${memberNames[0]}'` : `${memberNames.length} members`;
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            Remove {who} from {groupName}?
          </DialogTitle>
          <DialogContent className={styles.content}>
            {failure && (
              <MessageBar intent="error">
                <MessageBarBody>{failure}</MessageBarBody>
              </MessageBar>
            )}
            Profiles assigned to {groupName} no longer reach them. The users, devices and groups themselves stay.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={isRemoving} onClick={onConfirm}>
              {isRemoving ? 'Removing…' : 'Remove'}
            </Button>
            <Button onClick={onClose} disabled={isRemoving}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
