'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { RouterLink } from '@/components/router-link';
import { formatDate } from '@/components/certification-authorities/certification-authority-format';
import type { GraphCloudPkiLicense } from '@/lib/graph/cloud-pki-license';
import { LICENSES_PATH } from './licenses-paths';

/**
 * The Cloud PKI blade's banner about the license: what is missing when Create is refused, and for a trial that its
 * CAs get software keys for good. A licensed tenant with HSM-backed keys needs no banner.
 */
export function CloudPkiLicenseMessage({ license }: { license: GraphCloudPkiLicense }) {
  if (license.createBlockedReason !== null) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="cloud-pki-license-message">
        <MessageBarBody>
          <MessageBarTitle>{license.status === 'licensed' ? 'No HSM for this tenant’s CA keys' : 'Cloud PKI needs a license'}</MessageBarTitle>
          {license.createBlockedReason}{' '}
          <RouterLink href={LICENSES_PATH} inline>
            Open Licenses
          </RouterLink>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (license.status !== 'trial') return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="cloud-pki-license-message">
      <MessageBarBody>
        <MessageBarTitle>Cloud PKI trial until {formatDate(license.trialEndDateTime)}</MessageBarTitle>
        CAs created during the trial get software-backed keys (key platform Software). They keep working after you buy Intune
        Suite or the Cloud PKI add-on, but can never be converted to HSM-backed keys.{' '}
        <RouterLink href={LICENSES_PATH} inline>
          Open Licenses
        </RouterLink>
      </MessageBarBody>
    </MessageBar>
  );
}
