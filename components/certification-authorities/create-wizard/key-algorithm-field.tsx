'use client';
import { Field, Input, Select } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import { EXTERNAL_ROOT_KEY_SIZES, KEY_ALGORITHMS, type TCertificateKeySize } from '@/lib/schemas/certification-authority';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { keyAlgorithmLabel } from '../certification-authority-format';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';

// ECC sizes are in the Graph enum but not in Intune's dropdown: API only.
const PORTAL_KEY_SIZES = (Object.keys(KEY_ALGORITHMS) as TCertificateKeySize[]).filter((size) => KEY_ALGORITHMS[size].isPortalOption);

/** "RSA-2048" from the "RSA-2048 + SHA-256" pair label. */
export function externalKeySizeLabel(size: TCertificateKeySize): string {
  return KEY_ALGORITHMS[size].label.split(' + ')[0] ?? size;
}

export function inheritedKeyAlgorithmText(root: GraphCloudCertificationAuthority | undefined): string {
  return root ? `Inherited from the root CA (${keyAlgorithmLabel(root.certificateKeySize)})` : 'Inherited from the root CA';
}

interface KeyAlgorithmFieldProps {
  isIssuing: boolean;
  isExternal: boolean;
  root: GraphCloudCertificationAuthority | undefined;
}

/**
 * A root picks key size + hash as one pair; an issuing CA inherits its root's, so it only shows them; a BYOCA picks
 * the key size alone, because its external signer decides the hash.
 */
export function KeyAlgorithmField({ isIssuing, isExternal, root }: KeyAlgorithmFieldProps) {
  const { register, formState } = useFormContext<CreateCaFormValues>();
  if (isExternal) {
    return (
      <Field label="Key size" required hint="Your CA decides the hash algorithm when it signs." validationMessage={fieldError(formState.errors, 'certificateKeySize')}>
        <Select {...register('certificateKeySize')}>
          <option value="">Select a key size</option>
          {EXTERNAL_ROOT_KEY_SIZES.map((size) => (
            <option key={size} value={size}>
              {externalKeySizeLabel(size)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  if (isIssuing) {
    return (
      <Field label="Key size and algorithm">
        <Input readOnly value={inheritedKeyAlgorithmText(root)} />
      </Field>
    );
  }
  return (
    <Field
      label="Key size and algorithm"
      required
      hint="The upper bound for the keys and hashes of certificates issued under this root."
      validationMessage={fieldError(formState.errors, 'certificateKeySize')}
    >
      <Select {...register('certificateKeySize')}>
        <option value="">Select a key size and algorithm</option>
        {PORTAL_KEY_SIZES.map((size) => (
          <option key={size} value={size}>
            {KEY_ALGORITHMS[size].label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
