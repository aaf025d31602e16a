// Extended key usages as Graph carries them: `{ name, objectIdentifier }`.
import { z } from 'zod';

/** Presets offered in the Create-CA and SCEP wizards. The portal's exact list is [unverified]; these are the OIDs a live Cloud PKI root carries. */
export const EKU_PRESETS = [
  { name: 'Server Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.1' },
  { name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' },
  { name: 'Code Signing', objectIdentifier: '1.3.6.1.5.5.7.3.3' },
  { name: 'Secure Email', objectIdentifier: '1.3.6.1.5.5.7.3.4' },
  { name: 'IP security end system', objectIdentifier: '1.3.6.1.5.5.7.3.5' },
  { name: 'IP security tunnel termination', objectIdentifier: '1.3.6.1.5.5.7.3.6' },
  { name: 'IP security user', objectIdentifier: '1.3.6.1.5.5.7.3.7' },
  { name: 'Time Stamping', objectIdentifier: '1.3.6.1.5.5.7.3.8' },
  { name: 'OCSP Signing', objectIdentifier: '1.3.6.1.5.5.7.3.9' },
  { name: 'Smart Card Logon', objectIdentifier: '1.3.6.1.4.1.311.20.2.2' },
] as const;

/** Refused on Cloud PKI CAs and profiles: too permissive (Intune's sCEPPolicyExtendedKeyUsageAnyPurposeCloudCaWarning). */
export const FORBIDDEN_EKUS: Record<string, string> = {
  '2.5.29.37.0': 'Any Purpose',
  '1.3.6.1.4.1.311.10.12.1': 'Any App Policy',
};

// X.660 dotted notation: first arc 0-2, no leading zeros.
const OID_PATTERN = /^[0-2](\.(0|[1-9]\d*))+$/;

export const ZExtendedKeyUsage = z
  .object({
    name: z.string().trim().min(1, 'Enter a name').max(128, 'At most 128 characters'),
    objectIdentifier: z.string().trim().regex(OID_PATTERN, 'Enter an object identifier such as 1.3.6.1.5.5.7.3.2'),
  })
  .refine((eku) => !FORBIDDEN_EKUS[eku.objectIdentifier], {
    path: ['objectIdentifier'],
    message: 'Any Purpose and Any App Policy are not allowed on Cloud PKI certificates',
  });

export type TExtendedKeyUsage = z.output<typeof ZExtendedKeyUsage>;

export const ZExtendedKeyUsages = z
  .array(ZExtendedKeyUsage)
  .min(1, 'Add at least one extended key usage')
  .max(500, 'At most 500 extended key usages')
  .superRefine((list, context) => {
    // On the repeated row's own field, so the wizard shows it where the duplicate was typed.
    list.forEach((eku, index) => {
      const first = list.findIndex((other) => other.objectIdentifier === eku.objectIdentifier);
      if (first < index) {
        context.addIssue({ code: 'custom', path: [index, 'objectIdentifier'], message: `${eku.objectIdentifier} is already extended key usage ${first + 1}: each object identifier may appear only once` });
      }
    });
  });
