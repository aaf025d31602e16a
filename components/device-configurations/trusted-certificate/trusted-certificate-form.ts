// The trusted certificate wizard's form: the server's schema for the platform (lib/schemas), without the
// `@odata.type` discriminator, which the platform fixes and which RHF can't hold as a field name (dots are paths).
import type { FieldPath, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import { BASICS_DEFAULTS } from '@/lib/schemas/device-configuration/profile-basics';
import {
  TRUSTED_CERTIFICATE_SCHEMAS,
  trustedCertificateDefaults,
  type DEPLOYMENT_CHANNELS,
  type DESTINATION_STORES,
} from '@/lib/schemas/device-configuration/trusted-certificate-profile';
import { BASICS_FIELDS } from '../wizard/profile-wizard-steps';

export interface TrustedCertificateFormValues {
  displayName: string;
  description?: string | null;
  roleScopeTagIds: string[];
  /** Base64 DER (or PEM text) of the CA certificate; the schema normalises it to base64 DER. */
  trustedRootCertificate?: string;
  certFileName?: string | null;
  destinationStore?: (typeof DESTINATION_STORES)[number];
  deploymentChannel?: (typeof DEPLOYMENT_CHANNELS)[number];
}

export function trustedCertificateResolver(platform: Platform): Resolver<TrustedCertificateFormValues> {
  // The six platform schemas differ only in their extra setting; as one ZodObject their omit() is callable.
  const platformSchema: z.ZodObject = TRUSTED_CERTIFICATE_SCHEMAS[platform];
  return zodResolver(platformSchema.omit({ '@odata.type': true })) as unknown as Resolver<TrustedCertificateFormValues>;
}

export function trustedCertificateFormDefaults(platform: Platform): TrustedCertificateFormValues {
  const { '@odata.type': _type, ...settings } = trustedCertificateDefaults(platform);
  return { displayName: '', ...BASICS_DEFAULTS, ...settings } as TrustedCertificateFormValues;
}

export const TRUSTED_CERTIFICATE_STEP_FIELDS: readonly (readonly FieldPath<TrustedCertificateFormValues>[])[] = [
  BASICS_FIELDS,
  ['trustedRootCertificate', 'certFileName', 'destinationStore', 'deploymentChannel'],
  [],
  [],
];

/** The Graph body of `POST …/deviceConfigurations` (and of checkAssignments' unsaved profile). */
export function trustedCertificateBody(platform: Platform, values: TrustedCertificateFormValues): Record<string, unknown> {
  return { '@odata.type': PLATFORMS[platform].odataTypes.trustedCertificate, ...values };
}
