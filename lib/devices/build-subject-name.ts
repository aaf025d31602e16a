// The CSR subject from a SCEP profile's "Subject name format", e.g. CN={{UserName}},E={{EmailAddress}},
// O=Contoso. The format is split into attributes before the variables are resolved, so a resolved value that holds
// a comma or a quote ("Vance, Adele") stays one value. Literal text may be quoted or backslash-escaped (RFC 4514 §2.4).
import { x509 } from '@/lib/pki/x509';
import { type CertificateVariableSource, resolveCertificateVariables } from './resolve-certificate-variables';

type StringType = 'utf8String' | 'printableString' | 'ia5String';

// The attribute types Intune accepts in subjects (the list Intune gives for BYOCA), by their usual abbreviations.
const ATTRIBUTE_TYPES: Record<string, { oid: string; stringType: StringType }> = {
  CN: { oid: '2.5.4.3', stringType: 'utf8String' },
  SN: { oid: '2.5.4.4', stringType: 'utf8String' },
  SERIALNUMBER: { oid: '2.5.4.5', stringType: 'printableString' }, // X.520: PrintableString
  C: { oid: '2.5.4.6', stringType: 'printableString' }, // X.520: two-letter PrintableString
  L: { oid: '2.5.4.7', stringType: 'utf8String' },
  ST: { oid: '2.5.4.8', stringType: 'utf8String' },
  S: { oid: '2.5.4.8', stringType: 'utf8String' },
  STREET: { oid: '2.5.4.9', stringType: 'utf8String' },
  O: { oid: '2.5.4.10', stringType: 'utf8String' },
  OU: { oid: '2.5.4.11', stringType: 'utf8String' },
  T: { oid: '2.5.4.12', stringType: 'utf8String' },
  TITLE: { oid: '2.5.4.12', stringType: 'utf8String' },
  POSTALCODE: { oid: '2.5.4.17', stringType: 'utf8String' },
  G: { oid: '2.5.4.42', stringType: 'utf8String' },
  GIVENNAME: { oid: '2.5.4.42', stringType: 'utf8String' },
  I: { oid: '2.5.4.43', stringType: 'utf8String' },
  INITIALS: { oid: '2.5.4.43', stringType: 'utf8String' },
  DNQUALIFIER: { oid: '2.5.4.46', stringType: 'printableString' },
  // RFC 5280 §4.1.2.6 / PKCS#9: emailAddress and domainComponent are IA5String.
  E: { oid: '1.2.840.113549.1.9.1', stringType: 'ia5String' },
  EMAIL: { oid: '1.2.840.113549.1.9.1', stringType: 'ia5String' },
  DC: { oid: '0.9.2342.19200300.100.1.25', stringType: 'ia5String' },
};

const DOTTED_OID = /^[0-2](\.\d+)+$/;

export type SubjectNameResult = { ok: true; name: x509.Name } | { ok: false; message: string };

/** Splits at commas outside quotes and escapes; removes the quotes and escapes of each part. */
function splitAttributes(format: string): string[] {
  const parts: string[] = [];
  let current = '';
  let isQuoted = false;
  for (let index = 0; index < format.length; index += 1) {
    const character = format[index] ?? '';
    if (character === '\\' && index + 1 < format.length) {
      current += format[(index += 1)];
    } else if (character === '"') {
      isQuoted = !isQuoted;
    } else if (character === ',' && !isQuoted) {
      parts.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  return [...parts, current].map((part) => part.trim()).filter(Boolean);
}

export function buildSubjectName(format: string, source: CertificateVariableSource): SubjectNameResult {
  const rdns: Record<string, { [type in StringType]?: string }[]>[] = [];
  for (const part of splitAttributes(format)) {
    const separator = part.indexOf('=');
    const type = part.slice(0, Math.max(separator, 0)).trim();
    const attribute = ATTRIBUTE_TYPES[type.toUpperCase()] ?? (DOTTED_OID.test(type) ? { oid: type, stringType: 'utf8String' as const } : undefined);
    if (!attribute) return { ok: false, message: `The subject name format has an unknown attribute '${part}'` };
    const resolved = resolveCertificateVariables(part.slice(separator + 1).trim(), source);
    if (!resolved.ok) return resolved;
    rdns.push({ [attribute.oid]: [{ [attribute.stringType]: resolved.value }] });
  }
  return { ok: true, name: new x509.Name(rdns) };
}
