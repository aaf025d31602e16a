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
  ProgressBar,
} from '@fluentui/react-components';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { readCertificateFile } from './read-certificate-file';
import { useUploadSignedCertificate } from './use-upload-signed-certificate';
import { useDetailStyles } from './detail.styles';

interface UploadSignedCertificateDialogProps {
  ca: GraphCloudCertificationAuthority;
  onClose: () => void;
  onUploaded: () => void;
}

/** Upload signed certificate: the certificate the customer's CA signed, plus its chain of trust. */
export function UploadSignedCertificateDialog({ ca, onClose, onUploaded }: UploadSignedCertificateDialogProps) {
  const styles = useDetailStyles();
  const { upload, isUploading, failure } = useUploadSignedCertificate(ca.id);
  const [signedFile, setSignedFile] = React.useState<File>();
  const [chainFiles, setChainFiles] = React.useState<File[]>([]);

  const save = async () => {
    if (!signedFile) return;
    const isAccepted = await upload({
      signedCertificate: await readCertificateFile(signedFile),
      trustChainCertificates: await Promise.all(
        chainFiles.map(async (file) => ({ displayName: file.name, certificate: await readCertificateFile(file) })),
      ),
    });
    if (isAccepted) onUploaded();
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !isUploading && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`Upload the signed certificate of '${ca.displayName}'`}</DialogTitle>
          <DialogContent className={styles.dialogContent}>
            {failure && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{failure.message}</MessageBarBody>
              </MessageBar>
            )}
            <Field label="Upload signed certificate (.cer, .crt, or .pem) file" required>
              {(fieldProps) => (
                <input {...fieldProps} type="file" accept=".cer,.crt,.pem" onChange={(event) => setSignedFile(event.target.files?.[0])} />
              )}
            </Field>
            <Field
              label="Upload one or more chain of trust certificates (.cer, .crt, .pem or .p7b)"
              hint="Include the root CA and any intermediate CA between it and this CA."
              required
            >
              {(fieldProps) => (
                <input
                  {...fieldProps}
                  type="file"
                  multiple
                  accept=".cer,.crt,.pem,.p7b"
                  onChange={(event) => setChainFiles(Array.from(event.target.files ?? []))}
                />
              )}
            </Field>
            {isUploading && <ProgressBar aria-label="Uploading the signed certificate" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={isUploading || !signedFile || chainFiles.length === 0} onClick={() => void save()}>
              {isUploading ? 'Saving…' : 'Save'}
            </Button>
            <Button onClick={onClose} disabled={isUploading}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
