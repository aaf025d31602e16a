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
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import type { LifecycleAction } from './certification-authority-actions';
import { useDetailStyles } from './detail.styles';

type ConfirmedAction = Exclude<LifecycleAction, 'resume'>;

const LABELS: Record<ConfirmedAction, { verb: string; busy: string }> = {
  pause: { verb: 'Pause', busy: 'Pausing…' },
  revoke: { verb: 'Revoke', busy: 'Revoking…' },
  delete: { verb: 'Delete', busy: 'Deleting…' },
};

/** What each action does to devices and the tenant, in Intune's own words. */
function consequenceOf(action: ConfirmedAction, ca: GraphCloudCertificationAuthority): string {
  const isRoot = ca.cloudCertificationAuthorityType === 'rootCertificationAuthority';
  switch (action) {
    case 'pause':
      return 'While it is paused, the CA issues no certificates: devices that request one over SCEP are refused until you resume it. Certificates it issued stay valid, and its CRL and certificate stay published.';
    case 'revoke':
      return 'This can’t be undone. Devices can no longer get certificates from this CA, and every certificate it issued stops validating: its own certificate goes on the root CA’s revocation list. Its CRL and certificate stay published.';
    case 'delete':
      return isRoot
        ? 'This can’t be undone. The root CA and its key are removed, which frees one of the six CA slots. Devices keep trusting its certificate until you remove the trusted certificate profiles that carry it.'
        : 'This can’t be undone. The CA, its keys and the records of the certificates it issued are removed, which frees one of the six CA slots. SCEP profiles that still point at its SCEP URI stop working.';
  }
}

interface LifecycleDialogProps {
  ca: GraphCloudCertificationAuthority;
  action: ConfirmedAction;
  isBusy: boolean;
  /** The server's refusal, e.g. the 409 that says which rule is unmet. */
  failure?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Confirms Pause, Revoke or Delete, naming the CA and the consequence. */
export function LifecycleDialog({ ca, action, isBusy, failure, onConfirm, onClose }: LifecycleDialogProps) {
  const styles = useDetailStyles();
  const { verb, busy } = LABELS[action];
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !isBusy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`${verb} '${ca.displayName}'?`}</DialogTitle>
          <DialogContent className={styles.dialogContent}>
            {failure && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{failure}</MessageBarBody>
              </MessageBar>
            )}
            <p className={styles.paragraph}>{consequenceOf(action, ca)}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={isBusy} onClick={onConfirm}>
              {isBusy ? busy : verb}
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
