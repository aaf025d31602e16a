// What an enrollment is bound to: the device and SCEP profile a challenge was minted for (or that the renewed
// certificate was issued to), and so the EKUs, key usages and validity of the certificate to issue.
import 'server-only';
import type { LeafKeyUsage } from '@/lib/pki/build-leaf-certificate';

export interface EnrollmentBinding {
  profileId?: string;
  device?: { id: string; name: string; platform: string | null; userId: string | null; userPrincipalName: string | null };
  extendedKeyUsages: string[];
  keyUsages?: LeafKeyUsage[];
  /** Validity from the profile's value and scale; notAfter is computed at issuance. */
  validity: { value: number; scale: 'days' | 'months' | 'years' };
}

const CLIENT_AUTHENTICATION = '1.3.6.1.5.5.7.3.2';

/** A challenge made by hand (createScepChallenge without a profile): Client Authentication for one year. */
export const DEFAULT_BINDING: EnrollmentBinding = {
  extendedKeyUsages: [CLIENT_AUTHENTICATION],
  validity: { value: 1, scale: 'years' },
};

export function notAfterOf(validity: EnrollmentBinding['validity'], now: Date): Date {
  const end = new Date(now.getTime());
  if (validity.scale === 'days') end.setUTCDate(end.getUTCDate() + validity.value);
  if (validity.scale === 'months') end.setUTCMonth(end.getUTCMonth() + validity.value);
  if (validity.scale === 'years') end.setUTCFullYear(end.getUTCFullYear() + validity.value);
  return end;
}
