// The SANs a device requests for a SCEP profile: each "Attribute + Value" row with its variables
// resolved, as the GeneralName forms lib/pki carries into the certificate (RFC 5280 §4.2.1.6). The UPN row becomes
// Microsoft's otherName (1.3.6.1.4.1.311.20.2.3).
import type { SubjectAlternativeName, SubjectAlternativeNameType } from '@/lib/pki/subject-alternative-names';
import type { SanType } from '@/lib/schemas/device-configuration/check-subject-alternative-name';
import { type CertificateVariableSource, resolveCertificateVariables } from './resolve-certificate-variables';

const GENERAL_NAME_TYPE: Record<SanType, SubjectAlternativeNameType> = {
  emailAddress: 'email',
  userPrincipalName: 'upn',
  domainNameService: 'dns',
  universalResourceIdentifier: 'uri',
};

export type SubjectAlternativeNamesResult = { ok: true; names: SubjectAlternativeName[] } | { ok: false; message: string };

export function buildSubjectAlternativeNames(
  rows: readonly { sanType: SanType; name: string }[],
  source: CertificateVariableSource,
): SubjectAlternativeNamesResult {
  const names: SubjectAlternativeName[] = [];
  for (const row of rows) {
    const resolved = resolveCertificateVariables(row.name.trim(), source);
    if (!resolved.ok) return resolved;
    names.push({ type: GENERAL_NAME_TYPE[row.sanType], value: resolved.value });
  }
  return { ok: true, names };
}
