'use client';
import * as React from 'react';
import { Field } from '@fluentui/react-components';
import { bytesToBase64 } from '@/lib/schemas/device-configuration/trusted-certificate-data';
import { useTrustedCertificateStyles } from './trusted-certificate.styles';

interface CertificateFileFieldProps {
  /** The file name kept from an earlier pick: a file input can't be refilled, so it is shown instead. */
  fileName: string | undefined;
  validationMessage: string | undefined;
  onFile: (file: { name: string; base64: string }) => void;
}

/** "Certificate file": a .cer/.crt/.pem read in the browser; DER or PEM, both sent as base64 for the schema to normalise. */
export function CertificateFileField({ fileName, validationMessage, onFile }: CertificateFileFieldProps) {
  const styles = useTrustedCertificateStyles();
  const onChange = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    onFile({ name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
  };
  return (
    <Field
      label="Certificate file"
      required
      hint={fileName ? `Selected: ${fileName}` : 'The CA’s public certificate: .cer, .crt or .pem (DER or Base64). Never a .pfx.'}
      validationMessage={validationMessage}
    >
      {(fieldProps) => (
        <input
          {...fieldProps}
          type="file"
          accept=".cer,.crt,.pem,.der"
          onChange={(event) => void onChange(event)}
          className={styles.fileInput}
        />
      )}
    </Field>
  );
}
