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
} from '@fluentui/react-components';
import type { GraphFailure } from '@/components/graph/graph-error';
import { useFormDialogStyles } from './form-dialog.styles';

interface FormDialogProps {
  open: boolean;
  title: string;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => Promise<void>;
  onClose: () => void;
  /** The server's refusal, shown above the fields so nothing typed is lost. */
  failure?: GraphFailure;
  isBusy: boolean;
  submitLabel?: string;
  busyLabel?: string;
  children: React.ReactNode;
}

/** A dialog that is one form: title, the server's error, the fields, and submit / Cancel. */
export function FormDialog({ open, title, onSubmit, onClose, failure, isBusy, submitLabel = 'Create', busyLabel = 'Creating…', children }: FormDialogProps) {
  const styles = useFormDialogStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {failure && (
                <MessageBar intent="error">
                  <MessageBarBody>{failure.message}</MessageBarBody>
                </MessageBar>
              )}
              {children}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={isBusy}>
                {isBusy ? busyLabel : submitLabel}
              </Button>
              <Button onClick={onClose} disabled={isBusy}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
