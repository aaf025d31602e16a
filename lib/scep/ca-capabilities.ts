// GetCACaps (RFC 8894 §3.5.2): what this server supports, one capability per line. SHA-384 and
// SHA-512 are listed next to SHA-256 because strongSwan 5.9.8–5.9.10 only trusts AES and SHA-256 when
// SHA-384 is listed too. GetNextCACert is absent: there is no rollover support.
const CA_CAPABILITIES = [
  'POSTPKIOperation',
  'SHA-256',
  'SHA-384',
  'SHA-512',
  'AES',
  'DES3',
  'SCEPStandard',
  'Renewal',
] as const;

export const formatCaCapabilities = (): string => `${CA_CAPABILITIES.join('\n')}\n`;
