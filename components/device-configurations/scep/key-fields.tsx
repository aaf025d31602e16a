'use client';
import { Checkbox, Field, Select } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import type { Platform } from '@/lib/deployment/platforms';
import {
  KEY_STORAGE_PROVIDER_LABELS,
  KEY_STORAGE_PROVIDERS,
  KEY_USAGE_LABELS,
  KEY_USAGES,
} from '@/lib/schemas/device-configuration/scep-certificate-profile-fields';
import { FieldGroup } from '../wizard/field-group';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';
import { useScepStyles } from './scep.styles';

type KeyUsageFlag = (typeof KEY_USAGES)[number];

const flagsOf = (keyUsage: string) => keyUsage.split(',').map((flag) => flag.trim()).filter(Boolean);
/** Back to Graph's flags string, in the portal's order. */
const withFlag = (keyUsage: string, flag: KeyUsageFlag, isOn: boolean) => {
  const flags = new Set(flagsOf(keyUsage));
  if (isOn) flags.add(flag);
  else flags.delete(flag);
  return KEY_USAGES.filter((candidate) => flags.has(candidate)).join(',');
};

/** Key storage provider (Windows), Key usage, Key size (bits) and Hash algorithm (not iOS). */
export function KeyFields({ platform }: { platform: Platform }) {
  const styles = useScepStyles();
  const { register, control } = useFormContext<ScepFormValues>();
  const kspMessage = useScepFieldMessage('keyStorageProvider');
  const usageMessage = useScepFieldMessage('keyUsage');
  const sizeMessage = useScepFieldMessage('keySize');
  const hashMessage = useScepFieldMessage('hashAlgorithm');
  return (
    <>
      {platform === 'windows' && (
        <Field label="Key storage provider (KSP)" required hint="Select where you want to store the certificate’s key." validationMessage={kspMessage}>
          <Select {...register('keyStorageProvider')}>
            {KEY_STORAGE_PROVIDERS.map((provider) => (
              <option key={provider} value={provider}>
                {KEY_STORAGE_PROVIDER_LABELS[provider]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Controller
        control={control}
        name="keyUsage"
        render={({ field }) => (
          <FieldGroup label="Key usage" required validationMessage={usageMessage}>
            <div className={styles.checkboxes}>
              {KEY_USAGES.map((flag) => (
                <Checkbox
                  key={flag}
                  label={KEY_USAGE_LABELS[flag]}
                  checked={flagsOf(field.value).includes(flag)}
                  onChange={(_, data) => field.onChange(withFlag(field.value, flag, data.checked === true))}
                  onBlur={field.onBlur}
                />
              ))}
            </div>
          </FieldGroup>
        )}
      />
      <Field
        label="Key size (bits)"
        required
        hint={platform === 'windows' ? '4096-bit keys need the Software KSP.' : 'At most the issuing CA’s key size.'}
        validationMessage={sizeMessage}
      >
        <Select {...register('keySize')}>
          {/* Listed as in Intune, but Cloud PKI refuses 1024-bit keys. */}
          <option value="size1024" disabled>
            1024 (not supported by Cloud PKI)
          </option>
          <option value="size2048">2048</option>
          <option value="size4096">4096</option>
        </Select>
      </Field>
      {platform !== 'ios' && (
        <Field label="Hash algorithm" required hint="Cloud PKI signs with SHA-2." validationMessage={hashMessage}>
          <Select {...register('hashAlgorithm')}>
            <option value="sha1">SHA-1</option>
            <option value="sha2">SHA-2</option>
          </Select>
        </Field>
      )}
    </>
  );
}
