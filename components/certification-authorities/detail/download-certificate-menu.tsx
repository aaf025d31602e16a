'use client';
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, ToolbarButton } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { ResponseType } from '@microsoft/microsoft-graph-client';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure } from '@/components/graph/graph-error';
import { useNotify } from '@/components/shell/notifications';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { graphCertificationAuthorityPath } from '../certification-authority-paths';
import { certificateFileName, derOfDataUri, pemOfDataUri, saveFile } from './certificate-files';

/** Download › .cer (DER), .pem (Base64), Certificate chain (.p7b), each named after the CA's common name. */
export function DownloadCertificateMenu({ ca }: { ca: GraphCloudCertificationAuthority }) {
  const client = useGraphClient();
  const notify = useNotify();
  // A bring-your-own-root CA has no certificate until its signed certificate is uploaded.
  const hasCertificate = ca.certificateDownloadUrl.startsWith('data:');

  const downloadChain = async () => {
    try {
      const chain = (await client
        .api(`${graphCertificationAuthorityPath(ca.id)}/certificateChain`)
        .responseType(ResponseType.ARRAYBUFFER)
        .get()) as ArrayBuffer;
      saveFile(chain, 'application/x-pkcs7-certificates', certificateFileName(ca.commonName, 'p7b'));
    } catch (error) {
      notify(`Couldn't download the certificate chain: ${toGraphFailure(error).message}`, 'error');
    }
  };

  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton icon={<ArrowDownload20Regular />} disabled={!hasCertificate}>
          Download
        </ToolbarButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem
            onClick={() =>
              saveFile(derOfDataUri(ca.certificateDownloadUrl), 'application/pkix-cert', certificateFileName(ca.commonName, 'cer'))
            }
          >
            .cer (DER)
          </MenuItem>
          <MenuItem
            onClick={() =>
              saveFile(pemOfDataUri(ca.certificateDownloadUrl), 'application/x-pem-file', certificateFileName(ca.commonName, 'pem'))
            }
          >
            .pem (Base64)
          </MenuItem>
          <MenuItem onClick={() => void downloadChain()}>Certificate chain (.p7b)</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
