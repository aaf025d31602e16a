import type { DefaultValues, FieldPath } from 'react-hook-form';
import {
  CREATE_CA_WIZARD_STEPS,
  type TCreateCertificationAuthority,
  type TCreateCertificationAuthorityInput,
} from '@/lib/schemas/certification-authority';
import { EKU_PRESETS } from '@/lib/schemas/extended-key-usage';
import type { WizardStep } from '@/components/wizard/wizard-tabs';

/** What the fields hold (before zod's transforms) and what Create posts (after them). */
export type CreateCaFormValues = TCreateCertificationAuthorityInput;
export type CreateCaRequest = TCreateCertificationAuthority;

export const EMPTY_EXTENDED_KEY_USAGE = { name: '', objectIdentifier: '' };

/** A new root starts with server and client authentication, what Wi-Fi, VPN and TLS certificates under it need. */
export const DEFAULT_ROOT_EXTENDED_KEY_USAGES = EKU_PRESETS.filter(
  (eku) => eku.objectIdentifier === '1.3.6.1.5.5.7.3.1' || eku.objectIdentifier === '1.3.6.1.5.5.7.3.2',
).map((eku) => ({ name: eku.name, objectIdentifier: eku.objectIdentifier }));

// Root first: it is the first CA every tenant needs, and a set type keeps the discriminated union
// able to report the other fields' errors.
export const CREATE_CA_DEFAULTS: DefaultValues<CreateCaFormValues> = {
  displayName: '',
  description: '',
  cloudCertificationAuthorityType: 'rootCertificationAuthority',
  extendedKeyUsages: DEFAULT_ROOT_EXTENDED_KEY_USAGES,
  commonName: '',
  organizationName: '',
  organizationUnit: '',
  localityName: '',
  stateName: '',
  countryName: '',
  roleScopeTagIds: ['0'],
};

export const CREATE_CA_STEPS: readonly WizardStep[] = [
  { id: 'basics', label: 'Basics' },
  { id: 'configuration', label: 'Configuration settings' },
  { id: 'scopeTags', label: 'Scope tags' },
  { id: 'review', label: 'Review + create' },
];

export const CREATE_CA_STEP_FIELDS: readonly (readonly FieldPath<CreateCaFormValues>[])[] = [
  CREATE_CA_WIZARD_STEPS.basics,
  CREATE_CA_WIZARD_STEPS.configuration,
  CREATE_CA_WIZARD_STEPS.scopeTags,
  [],
];

export const STEP_INDEX = { basics: 0, configuration: 1, scopeTags: 2, review: 3 } as const;
