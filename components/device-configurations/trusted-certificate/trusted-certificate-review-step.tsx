'use client';
import { useFormContext } from 'react-hook-form';
import { ReviewSection } from '@/components/wizard/review-section';
import type { Platform } from '@/lib/deployment/platforms';
import { DEPLOYMENT_CHANNEL_LABELS, DESTINATION_STORE_LABELS } from '@/lib/schemas/device-configuration/trusted-certificate-profile';
import { PROFILE_STEP_INDEX } from '../wizard/profile-wizard-steps';
import { reviewText } from '../wizard/basics-review-section';
import type { TrustedCertificateFormValues } from './trusted-certificate-form';
import type { CertificateSourceState } from './use-certificate-source';

interface TrustedCertificateReviewSectionProps {
  platform: Platform;
  source: CertificateSourceState;
  onEdit: (stepIndex: number) => void;
}

/** Review + create's Configuration settings group of a trusted certificate profile. */
export function TrustedCertificateReviewSection({ platform, source, onEdit }: TrustedCertificateReviewSectionProps) {
  const values = useFormContext<TrustedCertificateFormValues>().getValues();
  return (
    <ReviewSection
      id="configuration"
      title="Configuration settings"
      onEdit={() => onEdit(PROFILE_STEP_INDEX.configuration)}
      entries={[
        { label: 'Certificate', value: source.ca ? `${source.ca.displayName} (Cloud PKI)` : reviewText(values.certFileName) },
        { label: 'Subject (CN)', value: reviewText(source.details?.subjectCommonName) },
        { label: 'Thumbprint (SHA-1)', value: reviewText(source.details?.thumbprint) },
        ...(platform === 'windows' && values.destinationStore
          ? [{ label: 'Destination store', value: DESTINATION_STORE_LABELS[values.destinationStore] }]
          : []),
        ...(platform === 'macOS' && values.deploymentChannel
          ? [{ label: 'Deployment channel', value: DEPLOYMENT_CHANNEL_LABELS[values.deploymentChannel] }]
          : []),
      ]}
    />
  );
}
