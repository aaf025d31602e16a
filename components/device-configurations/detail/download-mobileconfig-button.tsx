'use client';
import * as React from 'react';
import { ToolbarButton, Tooltip } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { ResponseType } from '@microsoft/microsoft-graph-client';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { saveFile } from '@/components/certification-authorities/detail/certificate-files';
import { toGraphFailure } from '@/components/graph/graph-error';
import { useNotify } from '@/components/shell/notifications';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { graphDeviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';

const APPLE_SCEP_TYPES = new Set(['#microsoft.graph.iosScepCertificateProfile', '#microsoft.graph.macOSScepCertificateProfile']);

/** Enrollment without an MDM: an iOS/macOS SCEP profile as a .mobileconfig with a fresh one-time challenge. */
export function DownloadMobileconfigButton({ profile }: { profile: GraphDeviceConfiguration }) {
  const client = useGraphClient();
  const notify = useNotify();
  const canMint = useAuth().hasPermission('ca.create');
  const [isBusy, setIsBusy] = React.useState(false);
  if (!APPLE_SCEP_TYPES.has(profile['@odata.type'])) return null;

  const download = async () => {
    setIsBusy(true);
    try {
      const file = (await client
        .api(`${graphDeviceConfigurationPath(profile.id)}/createAppleConfigurationProfile`)
        .responseType(ResponseType.ARRAYBUFFER)
        .post({})) as ArrayBuffer;
      saveFile(file, 'application/x-apple-aspen-config', `${profile.displayName.replace(/[^\w.-]+/g, '-')}.mobileconfig`);
      notify('Downloaded the configuration profile: its challenge works once, for 60 minutes');
    } catch (error) {
      notify(`Couldn't download the configuration profile: ${toGraphFailure(error).message}`, 'error');
    } finally {
      setIsBusy(false);
    }
  };

  const button = (
    <ToolbarButton icon={<ArrowDownload20Regular />} disabledFocusable={!canMint || isBusy} onClick={() => void download()}>
      Download .mobileconfig
    </ToolbarButton>
  );
  return canMint ? button : (
    <Tooltip content={`Minting an enrollment challenge requires the '${PERMISSIONS['ca.create']}' permission`} relationship="description">
      {button}
    </Tooltip>
  );
}
