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
  Field,
  MessageBar,
  MessageBarBody,
  Select,
} from '@fluentui/react-components';
import { REVOCATION_REASONS, type TRevocationReason } from '@/lib/schemas/leaf-certificate';
import type { GraphLeafCertificate } from './graph-leaf-certificate';
import { useRevokeLeafCertificates } from './use-revoke-leaf-certificates';
import { useRevokeDialogStyles } from './revoke-leaf-certificates-dialog.styles';

interface RevokeLeafCertificatesDialogProps {
  caId: string;
  certificates: readonly Pick<GraphLeafCertificate, 'id' | 'subjectName'>[];
  /** Selected rows left out because they are revoked already. */
  skippedCount?: number;
  onRevoked: (summary: string) => void;
  onClose: () => void;
}

const REASONS = Object.entries(REVOCATION_REASONS) as [TRevocationReason, string][];

/** Confirms a revocation (irreversible), names what is revoked and asks the RFC 5280 §5.3.1 reason. */
export function RevokeLeafCertificatesDialog({ caId, certificates, skippedCount = 0, onRevoked, onClose }: RevokeLeafCertificatesDialogProps) {
  const styles = useRevokeDialogStyles();
  const { revoke, isRevoking, failure } = useRevokeLeafCertificates(caId);
  const [reason, setReason] = React.useState<TRevocationReason>('unspecified');
  const [first] = certificates;
  const isOne = certificates.length === 1 && first;
  const what = isOne ? `'${first.subjectName}'` : `${certificates.length} certificates`;

  const confirm = async () => {
    if (await revoke(certificates.map((certificate) => certificate.id), reason)) onRevoked(`Revoked ${what}`);
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !isRevoking && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Revoke {what}?</DialogTitle>
          <DialogContent className={styles.content}>
            {failure && (
              <MessageBar intent="error">
                <MessageBarBody>{failure.message}</MessageBarBody>
              </MessageBar>
            )}
            <p className={styles.paragraph}>
              This can’t be undone. {isOne ? 'The certificate goes' : 'The certificates go'} on the CA’s certificate revocation list at
              once, and relying parties such as Wi-Fi and VPN servers stop trusting {isOne ? 'it' : 'them'}.
            </p>
            <p className={styles.paragraph}>
              A device that is still assigned the SCEP certificate profile gets a new certificate at its next check-in. To stop that, remove
              the device or its user from the profile’s assignments first.
            </p>
            {skippedCount > 0 && (
              <p className={styles.paragraph}>
                {skippedCount === 1 ? '1 selected certificate is' : `${skippedCount} selected certificates are`} already revoked and left out.
              </p>
            )}
            <Field label="Revocation reason" hint="Recorded on the CRL entry (RFC 5280 reason code).">
              <Select value={reason} onChange={(_, data) => setReason(data.value as TRevocationReason)}>
                {REASONS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={isRevoking} onClick={() => void confirm()}>
              {isRevoking ? 'Revoking…' : 'Revoke'}
            </Button>
            <Button onClick={onClose} disabled={isRevoking}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
