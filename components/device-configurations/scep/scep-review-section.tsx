'use client';
import { useFormContext } from 'react-hook-form';
import { ReviewSection } from '@/components/wizard/review-section';
import type { Platform } from '@/lib/deployment/platforms';
import { PROFILE_STEP_INDEX } from '../wizard/profile-wizard-steps';
import type { ScepFormValues } from './scep-form';
import { scepSettingEntries } from './scep-settings-entries';
import type { ScepChain } from './use-scep-chain';

/** Review + create's Configuration settings group of a SCEP certificate profile. */
export function ScepReviewSection({ platform, chain, onEdit }: { platform: Platform; chain: ScepChain; onEdit: (stepIndex: number) => void }) {
  const values = useFormContext<ScepFormValues>().getValues();
  const root = chain.trustProfiles.find((profile) => profile.id === values.rootCertificateId);
  return (
    <ReviewSection
      id="configuration"
      title="Configuration settings"
      onEdit={() => onEdit(PROFILE_STEP_INDEX.configuration)}
      entries={scepSettingEntries(platform, values, root?.displayName)}
    />
  );
}
