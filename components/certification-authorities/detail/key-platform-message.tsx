'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';

/**
 * A trial CA's keys are software-backed for good: said on its blade, as Intune's docs warn, so a trial CA does not
 * silently become production with weaker key protection.
 */
export function KeyPlatformMessage({ keyPlatform }: { keyPlatform: GraphCloudCertificationAuthority['keyPlatform'] }) {
  if (keyPlatform !== 'software') return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="key-platform-message">
      <MessageBarBody>
        <MessageBarTitle>Software-backed keys</MessageBarTitle>
        This CA was created during a Cloud PKI trial: its private key is software-backed (key platform Software), not held in
        an HSM. It keeps working after the tenant is licensed, but its key can never be converted to an HSM-backed key — for
        that, create a new CA once the tenant is licensed and move your SCEP profiles to it.
      </MessageBarBody>
    </MessageBar>
  );
}
