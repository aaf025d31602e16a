'use client';
import * as React from 'react';
import { ArrowDownload20Regular, ArrowUpload20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useNotify } from '@/components/shell/notifications';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { certificateFileName, pemOfCertificateRequest, saveFile } from './certificate-files';
import { GuardedToolbarButton } from './guarded-toolbar-button';
import { UploadSignedCertificateDialog } from './upload-signed-certificate-dialog';

/** Download CSR and Upload signed certificate: a BYOCA's two steps while it is in Signing required. */
export function SigningRequestCommands({ ca, onChanged }: { ca: GraphCloudCertificationAuthority; onChanged: () => void }) {
  const { hasPermission } = useAuth();
  const notify = useNotify();
  const [isUploadOpen, setIsUploadOpen] = React.useState(false);
  const csr = ca.certificateSigningRequest;
  if (ca.certificationAuthorityStatus !== 'signingPending' || !csr) return null;

  return (
    <>
      <GuardedToolbarButton
        icon={<ArrowDownload20Regular />}
        onClick={() => saveFile(pemOfCertificateRequest(csr), 'application/pkcs10', certificateFileName(ca.displayName, 'req'))}
      >
        Download CSR
      </GuardedToolbarButton>
      <GuardedToolbarButton
        icon={<ArrowUpload20Regular />}
        blockedReason={hasPermission('ca.create') ? undefined : `Uploading requires the '${PERMISSIONS['ca.create']}' permission`}
        onClick={() => setIsUploadOpen(true)}
      >
        Upload signed certificate
      </GuardedToolbarButton>
      {isUploadOpen && (
        <UploadSignedCertificateDialog
          ca={ca}
          onClose={() => setIsUploadOpen(false)}
          onUploaded={() => {
            setIsUploadOpen(false);
            notify(`'${ca.displayName}' accepted its signed certificate and is active`);
            onChanged();
          }}
        />
      )}
    </>
  );
}
