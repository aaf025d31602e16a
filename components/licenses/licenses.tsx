'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Essentials } from '@/components/essentials';
import { formatDate } from '@/components/certification-authorities/certification-authority-format';
import { CLOUD_PKI_LICENSE_NAMES } from '@/lib/schemas/cloud-pki-license';
import type { GraphCloudPkiLicense } from '@/lib/graph/cloud-pki-license';
import { ChangeLicenseForm } from './change-license-form';
import { CloudPkiLicenseMessage } from './cloud-pki-license-message';
import { LicensesBlade } from './licenses-blade';
import { LicensesLoading } from './licenses-loading';
import { useCloudPkiLicense } from './use-cloud-pki-license';

const STATUS_LABELS: Record<GraphCloudPkiLicense['status'], string> = {
  unlicensed: 'Not licensed',
  trial: 'Trial',
  trialExpired: 'Trial ended',
  licensed: 'Licensed',
};

function newKeysLabel(license: GraphCloudPkiLicense): string {
  if (license.newCertificationAuthorityKeyPlatform === 'hardwareSecurityModule') return 'HSM-backed (hardwareSecurityModule)';
  if (license.newCertificationAuthorityKeyPlatform === 'software') return 'Software-backed (software), never convertible';
  return 'None: CAs cannot be created';
}

/** Tenant administration | Licenses: the Cloud PKI license, what it allows, and the form that changes it. */
export function Licenses() {
  const { data: license, failure, reload } = useCloudPkiLicense();
  if (!license && !failure) return <LicensesLoading />;
  return (
    <LicensesBlade>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the license</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {license && (
        <>
          <CloudPkiLicenseMessage license={license} />
          <Essentials
            entries={[
              { label: 'Cloud PKI license', value: CLOUD_PKI_LICENSE_NAMES[license.licenseType] },
              { label: 'Status', value: STATUS_LABELS[license.status] },
              { label: 'Trial ends', value: formatDate(license.trialEndDateTime) },
              { label: 'Keys of new CAs', value: newKeysLabel(license) },
            ]}
          />
          <ChangeLicenseForm key={`${license.licenseType}:${license.trialEndDateTime}`} license={license} onChanged={reload} />
        </>
      )}
    </LicensesBlade>
  );
}
