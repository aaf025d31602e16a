'use client';
import * as React from 'react';
import { profileTypeOfOdataType } from '@/lib/deployment/platforms';
import { DEPLOYMENT_CHANNEL_LABELS, DESTINATION_STORE_LABELS } from '@/lib/schemas/device-configuration/trusted-certificate-profile';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { readCertificateDetails, type CertificateDetails } from '../trusted-certificate/certificate-details';
import { DefinitionList } from './definition-list';

/** A trusted certificate profile's settings, with the subject and thumbprint of the certificate it carries. */
export function TrustedCertificateProperties({ profile }: { profile: GraphDeviceConfiguration }) {
  const [details, setDetails] = React.useState<CertificateDetails>();
  const platform = profileTypeOfOdataType(profile['@odata.type'])?.platform;

  React.useEffect(() => {
    let isCurrent = true;
    if (profile.trustedRootCertificate) {
      void readCertificateDetails(profile.trustedRootCertificate).then((read) => isCurrent && setDetails(read.ok ? read.details : undefined));
    }
    return () => {
      isCurrent = false;
    };
  }, [profile.trustedRootCertificate]);

  return (
    <DefinitionList
      label="Configuration settings"
      entries={[
        { label: 'Certificate file', value: profile.certFileName || '—' },
        { label: 'Subject (CN)', value: details?.subjectCommonName ?? '—' },
        { label: 'Thumbprint (SHA-1)', value: details?.thumbprint ?? '—', isMono: true },
        ...(platform === 'windows' && profile.destinationStore
          ? [{ label: 'Destination store', value: DESTINATION_STORE_LABELS[profile.destinationStore] }]
          : []),
        ...(platform === 'macOS' && profile.deploymentChannel
          ? [{ label: 'Deployment channel', value: DEPLOYMENT_CHANNEL_LABELS[profile.deploymentChannel] }]
          : []),
      ]}
    />
  );
}
