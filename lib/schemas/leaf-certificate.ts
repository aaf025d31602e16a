// Bodies of the leaf-certificate actions, plus the RFC 5280 §5.3.1 reason Intune lacks.
import { z } from 'zod';

/** Reasons an administrator can give. certificateHold and removeFromCRL are left out: revocation here is final. */
export const REVOCATION_REASONS = {
  unspecified: 'Unspecified',
  keyCompromise: 'Key compromise',
  affiliationChanged: 'Affiliation changed',
  superseded: 'Superseded',
  cessationOfOperation: 'Cessation of operation',
  privilegeWithdrawn: 'Privilege withdrawn',
} as const;

export type TRevocationReason = keyof typeof REVOCATION_REASONS;

const ZRevocationReason = z
  .enum(Object.keys(REVOCATION_REASONS) as [TRevocationReason, ...TRevocationReason[]], {
    error: `revocationReason must be one of ${Object.keys(REVOCATION_REASONS).join(', ')}`,
  })
  .default('unspecified');

const ZSerialNumber = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F:\s]+$/, 'Enter the serial number in hexadecimal')
  .transform((serial) => serial.replace(/[:\s]/g, '').toUpperCase().replace(/^(00)+(?=[0-9A-F])/, ''));

export const ZRevokeLeafCertificate = z.object({ leafCertificateId: z.uuid(), revocationReason: ZRevocationReason });
export const ZRevokeLeafCertificates = z.object({
  leafCertificateIds: z.array(z.uuid()).min(1, 'Select at least one certificate').max(1000, 'At most 1000 certificates at once'),
  revocationReason: ZRevocationReason,
});
export const ZRevokeLeafCertificateBySerialNumber = z.object({ certificateSerialNumber: ZSerialNumber, revocationReason: ZRevocationReason });
export const ZSearchLeafCertificateBySerialNumber = z.object({ certificateSerialNumber: ZSerialNumber });

export type TRevokeLeafCertificates = z.output<typeof ZRevokeLeafCertificates>;
