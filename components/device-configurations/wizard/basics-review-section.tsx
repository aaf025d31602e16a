'use client';
import { ReviewSection } from '@/components/wizard/review-section';
import type { Platform, ProfileKind } from '@/lib/deployment/platforms';
import { PLATFORM_LABELS, PROFILE_KIND_LABELS } from '../profile-platforms';
import { PROFILE_STEP_INDEX } from './profile-wizard-steps';

export const reviewText = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : '—');

interface BasicsReviewSectionProps {
  platform: Platform;
  kind: ProfileKind;
  values: { displayName?: string; description?: string | null };
  onEdit: (stepIndex: number) => void;
}

/** Review + create's Basics group. */
export function BasicsReviewSection({ platform, kind, values, onEdit }: BasicsReviewSectionProps) {
  return (
    <ReviewSection
      id="basics"
      title="Basics"
      onEdit={() => onEdit(PROFILE_STEP_INDEX.basics)}
      entries={[
        { label: 'Name', value: reviewText(values.displayName) },
        { label: 'Description', value: reviewText(values.description) },
        { label: 'Platform', value: PLATFORM_LABELS[platform] },
        { label: 'Profile type', value: PROFILE_KIND_LABELS[kind] },
      ]}
    />
  );
}
