'use client';
import * as React from 'react';
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
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure, type GraphFailure } from '@/components/graph/graph-error';
import { graphDeviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';

interface DeleteProfileDialogProps {
  profile: GraphDeviceConfiguration;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Delete names the profile and the consequence. The server refuses (409) to delete a trusted certificate profile a
 * SCEP assignment depends on; its message says which, and nothing is deleted.
 */
export function DeleteProfileDialog({ profile, onClose, onDeleted }: DeleteProfileDialogProps) {
  const client = useGraphClient();
  const [isDeleting, setIsDeleting] = React.useState(false);
  const [failure, setFailure] = React.useState<GraphFailure>();

  const remove = async () => {
    setIsDeleting(true);
    setFailure(undefined);
    try {
      await client.api(graphDeviceConfigurationPath(profile.id)).delete();
      onDeleted();
    } catch (error) {
      setFailure(toGraphFailure(error));
      setIsDeleting(false);
    }
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, change) => !change.open && !isDeleting && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete &apos;{profile.displayName}&apos;?</DialogTitle>
          <DialogContent>
            <Text>
              The profile is removed from every device it is assigned to, and the certificates it delivered are removed with it. This
              can&apos;t be undone.
            </Text>
            {failure && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>The profile wasn’t deleted</MessageBarTitle>
                  {failure.message}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={isDeleting} onClick={() => void remove()}>
              Delete
            </Button>
            <Button disabled={isDeleting} onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
