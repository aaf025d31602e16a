// Subject alternative names as the portal carries them from CSRs into leaf certificates (RFC 5280 §4.2.1.6).
import { x509 } from './x509';

/** `upn` is Microsoft's otherName 1.3.6.1.4.1.311.20.2.3 (UTF8String); `email` is rfc822Name; `uri` is a URI. */
export type SubjectAlternativeNameType = 'dns' | 'email' | 'upn' | 'uri' | 'ip';

export interface SubjectAlternativeName {
  type: SubjectAlternativeNameType;
  value: string;
}

const TO_X509 = { dns: 'dns', email: 'email', upn: 'upn', uri: 'url', ip: 'ip' } as const;
const FROM_X509: Partial<Record<x509.GeneralNameType, SubjectAlternativeNameType>> = {
  dns: 'dns',
  email: 'email',
  upn: 'upn',
  url: 'uri',
  ip: 'ip',
};

/** RFC 5280 §4.2.1.6: critical exactly when the subject is empty, since the SAN then is the only identity. */
export function subjectAlternativeNameExtension(
  names: readonly SubjectAlternativeName[],
  isSubjectEmpty: boolean,
): x509.SubjectAlternativeNameExtension | undefined {
  if (!names.length) return undefined;
  const json = names.map(({ type, value }) => ({ type: TO_X509[type], value }));
  return new x509.SubjectAlternativeNameExtension(json, isSubjectEmpty);
}

/** The names of a SAN extension (raw DER) that the portal carries over; other GeneralName forms are dropped. */
export function readSubjectAlternativeNames(extensionDer: BufferSource): SubjectAlternativeName[] {
  const extension = new x509.SubjectAlternativeNameExtension(extensionDer);
  return extension.names.items.flatMap((name) => {
    const type = FROM_X509[name.type];
    return type ? [{ type, value: name.value }] : [];
  });
}
