// The Create-CA body (Graph `cloudCertificationAuthority`): one schema for the
// wizard (zodResolver), the route handler and the tests.
import { z } from 'zod';
import { ZExtendedKeyUsages } from './extended-key-usage';

export const ROOT_VALIDITY_YEARS = [5, 10, 15, 20, 25] as const;
export const ISSUING_VALIDITY_YEARS = [2, 4, 5, 6, 8, 10] as const;
export const RECOMMENDED_ISSUING_VALIDITY_YEARS = 5;

/** Key size and hash are chosen as one pair, as in Intune's "Key size and algorithm" dropdown. ECC is API-only. */
export const KEY_ALGORITHMS = {
  rsa2048: { hash: 'sha256', label: 'RSA-2048 + SHA-256', isPortalOption: true },
  rsa3072: { hash: 'sha384', label: 'RSA-3072 + SHA-384', isPortalOption: true },
  rsa4096: { hash: 'sha512', label: 'RSA-4096 + SHA-512', isPortalOption: true },
  eCP256: { hash: 'sha256', label: 'ECC P-256 + SHA-256', isPortalOption: false },
  eCP384: { hash: 'sha384', label: 'ECC P-384 + SHA-384', isPortalOption: false },
} as const;

export type TCertificateKeySize = keyof typeof KEY_ALGORITHMS;
export type THashingAlgorithm = (typeof KEY_ALGORITHMS)[TCertificateKeySize]['hash'];

const optionalAttribute = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((value) => value || undefined);

// RFC 5280 Appendix A upper bounds: ub-common-name 64, ub-organization-name 64, ub-organizational-unit-name 64,
// ub-locality-name 128, ub-state-name 128.
const ZSubject = z.object({
  commonName: z.string().trim().min(1, 'Common name is required').max(64, 'At most 64 characters'),
  organizationName: optionalAttribute(64),
  organizationUnit: optionalAttribute(64),
  localityName: optionalAttribute(128),
  stateName: optionalAttribute(128),
  countryName: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^([A-Z]{2})?$/, 'Country must be exactly two letters, e.g. US'))
    .optional()
    .transform((value) => value || undefined),
});

const ZBasics = z.object({
  displayName: z.string().trim().min(1, 'Name is required').max(128, 'At most 128 characters'),
  description: z
    .string()
    .trim()
    .max(1024, 'At most 1024 characters')
    .optional()
    .transform((value) => value || undefined),
});

const ZCommon = ZBasics.extend(ZSubject.shape).extend({
  extendedKeyUsages: ZExtendedKeyUsages,
  roleScopeTagIds: z.array(z.string().trim().min(1)).default(['0']),
});

const validityOf = (allowed: readonly number[]) =>
  z.coerce
    .number({ error: 'Choose a validity period' })
    .refine((years) => allowed.includes(years), { message: `Validity must be one of ${allowed.join(', ')} years` });

export const ZCreateRootCertificationAuthority = ZCommon.extend({
  cloudCertificationAuthorityType: z.literal('rootCertificationAuthority'),
  validityPeriodInYears: validityOf(ROOT_VALIDITY_YEARS),
  certificateKeySize: z.enum(Object.keys(KEY_ALGORITHMS) as [TCertificateKeySize, ...TCertificateKeySize[]], {
    error: 'Choose a key size and algorithm',
  }),
  cloudCertificationAuthorityHashingAlgorithm: z.enum(['sha256', 'sha384', 'sha512']).optional(),
}).refine(
  (ca) =>
    !ca.cloudCertificationAuthorityHashingAlgorithm ||
    ca.cloudCertificationAuthorityHashingAlgorithm === KEY_ALGORITHMS[ca.certificateKeySize].hash,
  { path: ['cloudCertificationAuthorityHashingAlgorithm'], message: 'The hash algorithm is paired with the key size' },
);

/** An issuing CA anchored to a root of this tenant: key size and hash are inherited from the root. */
export const ZCreateIssuingCertificationAuthority = ZCommon.extend({
  cloudCertificationAuthorityType: z.literal('issuingCertificationAuthority'),
  certificationAuthorityIssuerId: z.uuid({ error: 'Choose the root CA' }),
  validityPeriodInYears: validityOf(ISSUING_VALIDITY_YEARS),
});

/** Key sizes a BYOCA may request: RSA only; the hash is the external signer's choice. */
export const EXTERNAL_ROOT_KEY_SIZES = ['rsa2048', 'rsa3072', 'rsa4096'] as const;

/**
 * An issuing CA signed by the customer's own CA: only the key size is chosen; validity is set by the
 * external signer, and EKUs are a free choice because there is no Cloud PKI root to be a subset of.
 */
export const ZCreateExternallyRootedCertificationAuthority = ZCommon.extend({
  cloudCertificationAuthorityType: z.literal('issuingCertificationAuthorityWithExternalRoot'),
  certificateKeySize: z.enum(EXTERNAL_ROOT_KEY_SIZES, { error: 'Choose RSA-2048, RSA-3072 or RSA-4096' }),
});

export const ZCreateCertificationAuthority = z.discriminatedUnion('cloudCertificationAuthorityType', [
  ZCreateRootCertificationAuthority,
  ZCreateIssuingCertificationAuthority,
  ZCreateExternallyRootedCertificationAuthority,
]);

export type TCreateCertificationAuthority = z.output<typeof ZCreateCertificationAuthority>;
export type TCreateCertificationAuthorityInput = z.input<typeof ZCreateCertificationAuthority>;

/** PATCH accepts only what Intune lets change after creation. */
export const ZUpdateCertificationAuthority = ZBasics.partial()
  .extend({
    // Graph's description is String?: null (or "") clears it, leaving it out keeps it.
    description: z
      .string()
      .trim()
      .max(1024, 'At most 1024 characters')
      .nullable()
      .optional()
      .transform((value) => (value === undefined ? undefined : value || null)),
    roleScopeTagIds: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();

export type TUpdateCertificationAuthority = z.output<typeof ZUpdateCertificationAuthority>;

/** Fields per wizard tab, for per-step validation and the tab error marks. */
export const CREATE_CA_WIZARD_STEPS = {
  basics: ['displayName', 'description'],
  configuration: [
    'cloudCertificationAuthorityType',
    'certificationAuthorityIssuerId',
    'validityPeriodInYears',
    'certificateKeySize',
    'extendedKeyUsages',
    'commonName',
    'organizationName',
    'organizationUnit',
    'localityName',
    'stateName',
    'countryName',
  ],
  scopeTags: ['roleScopeTagIds'],
} as const;

/** uploadExternallySignedCertificationAuthorityCertificate: base64 DER or PEM each. */
export const ZUploadExternallySignedCertificate = z.object({
  signedCertificate: z.string().trim().min(1, 'signedCertificate is required'),
  trustChainCertificates: z
    .array(z.object({ displayName: z.string().trim().optional(), certificate: z.string().trim().min(1, 'certificate is required') }))
    .min(1, 'Upload at least the root certificate of the chain of trust'),
  certificationAuthorityVersion: z.number().int().optional(),
});

export type TUploadExternallySignedCertificate = z.output<typeof ZUploadExternallySignedCertificate>;

/** changeCloudCertificationAuthorityStatus: Pause and Resume. */
export const ZChangeCertificationAuthorityStatus = z.object({
  certificationAuthorityStatus: z.enum(['paused', 'active'], { error: 'certificationAuthorityStatus must be paused or active' }),
  certificationAuthorityVersion: z.number().int().optional(),
});
