'use client';
import { Field, Select } from '@fluentui/react-components';
import type { Platform, ProfileKind } from '@/lib/deployment/platforms';
import { isPlatform, isProfileKind, PLATFORM_LABELS, PLATFORM_ORDER, PROFILE_KIND_LABELS, PROFILE_KIND_ORDER } from '../profile-platforms';
import { useProfileChoiceFieldsStyles } from './profile-choice-fields.styles';

export interface ProfileChoice {
  platform: Platform | undefined;
  kind: ProfileKind | undefined;
}

interface ProfileChoiceFieldsProps {
  choice: ProfileChoice;
  onChange: (choice: ProfileChoice) => void;
  /** Shown after a Create click with a choice missing. */
  showErrors: boolean;
}

/** "Create a profile": Platform, then Profile type — the certificate templates only, as this portal has no others. */
export function ProfileChoiceFields({ choice, onChange, showErrors }: ProfileChoiceFieldsProps) {
  const styles = useProfileChoiceFieldsStyles();
  return (
    <>
      <Field label="Platform" required validationMessage={showErrors && !choice.platform ? 'Select a platform' : undefined}>
        <Select
          className={styles.select}
          value={choice.platform ?? ''}
          onChange={(_, data) => onChange({ ...choice, platform: isPlatform(data.value) ? data.value : undefined })}
        >
          <option value="">Select platform</option>
          {PLATFORM_ORDER.map((platform) => (
            <option key={platform} value={platform}>
              {PLATFORM_LABELS[platform]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Profile type" required validationMessage={showErrors && !choice.kind ? 'Select a profile type' : undefined}>
        <Select
          className={styles.select}
          value={choice.kind ?? ''}
          disabled={!choice.platform}
          onChange={(_, data) => onChange({ ...choice, kind: isProfileKind(data.value) ? data.value : undefined })}
        >
          <option value="">Select a profile type</option>
          <optgroup label="Templates">
            {PROFILE_KIND_ORDER.map((kind) => (
              <option key={kind} value={kind}>
                {PROFILE_KIND_LABELS[kind]}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
    </>
  );
}
