'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { createProfilePath } from '../device-configuration-paths';
import { ProfileChoiceFields, type ProfileChoice } from './profile-choice-fields';
import { useNewProfileDialogStyles } from './new-profile-dialog.styles';

interface NewProfileDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Configuration › Create › New policy: choose Platform and Profile type, then Create opens that profile's wizard. */
export function NewProfileDialog({ open, onOpenChange }: NewProfileDialogProps) {
  const styles = useNewProfileDialogStyles();
  const router = useRouter();
  const [choice, setChoice] = React.useState<ProfileChoice>({ platform: undefined, kind: undefined });
  const [showErrors, setShowErrors] = React.useState(false);

  const create = (event: React.FormEvent) => {
    event.preventDefault();
    if (!choice.platform || !choice.kind) {
      setShowErrors(true);
      return;
    }
    router.push(createProfilePath({ platform: choice.platform, kind: choice.kind }));
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={create} noValidate>
          <DialogBody>
            <DialogTitle>Create a profile</DialogTitle>
            <DialogContent className={styles.content}>
              <ProfileChoiceFields choice={choice} onChange={setChoice} showErrors={showErrors} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                Create
              </Button>
              <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
