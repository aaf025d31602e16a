'use client';
import { Field, Input, Select } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import { KEY_ALGORITHMS, type TCertificateKeySize } from '@/lib/schemas/certification-authority';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { keyAlgorithmLabel } from '../certification-authority-format';
import type { CreateCaFormValues } from './create-certification-authority-form';
import { fieldError } from './form-error';

// ECC sizes are in the Graph enum but not in Intune's dropdown (spec §2.2): API only.
const PORTAL_KEY_SIZES = (Object.keys(KEY_ALGORITHMS) as TCertificateKeySize[]).filter((size) => KEY_ALGORITHMS[size].isPortalOption);

export function inheritedKeyAlgorithmText(root: GraphCloudCertificationAuthority | undefined): string {
  return root ? `Inherited from the root CA (${keyAlgorithmLabel(root.certificateKeySize)})` : 'Inherited from the root CA';
}

/** A root picks key size + hash as one pair; an issuing CA inherits its root's, so it only shows them. */
export function KeyAlgorithmField({ isIssuing, root }: { isIssuing: boolean; root: GraphCloudCertificationAuthority | undefined }) {
  const { register, formState } = useFormContext<CreateCaFormValues>();
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
