'use client';
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, ToolbarButton } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { certificateFileName, derOfDataUri, pemOfDataUri, saveFile } from '@/components/certification-authorities/detail/certificate-files';
import { cloudPkiAnnotation } from '@/lib/graph/cloud-pki-annotations';
import type { GraphLeafCertificateDetail } from './graph-leaf-certificate';
import { leafCertificateName } from './leaf-certificate-format';

/** Download › .cer (DER) or .pem (Base64), named after the subject's CN (its serial number without one). */
export function LeafCertificateDownloadMenu({ leaf }: { leaf: GraphLeafCertificateDetail }) {
  const name = leafCertificateName(leaf);
  const dataUri = cloudPkiAnnotation(leaf, 'certificateDownloadUrl');
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton icon={<ArrowDownload20Regular />}>Download</ToolbarButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => saveFile(derOfDataUri(dataUri), 'application/pkix-cert', certificateFileName(name, 'cer'))}>
            .cer (DER)
          </MenuItem>
          <MenuItem onClick={() => saveFile(pemOfDataUri(dataUri), 'application/x-pem-file', certificateFileName(name, 'pem'))}>
            .pem (Base64)
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
