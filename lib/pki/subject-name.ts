// X.500 names for CA subjects and the Graph `subjectName` string.
import { x509 } from './x509';

/** The subject parts of a Graph `cloudCertificationAuthority` (all but commonName optional). */
export interface SubjectAttributes {
  commonName: string;
  organizationName?: string;
  organizationUnit?: string;
  localityName?: string;
  stateName?: string;
  countryName?: string;
}

/**
 * RDNs from country down to common name, the order Graph's `subjectName` shows (`C=..,ST=..,L=..,O=..,OU=..,CN=..`).
 * RFC 5280 §4.1.2.6: UTF8String for DirectoryString values; countryName is a PrintableString of two letters (X.520).
 */
export function buildSubjectName(subject: SubjectAttributes): x509.Name {
  const parts: [string, string | undefined][] = [
    ['C', subject.countryName],
    ['ST', subject.stateName],
    ['L', subject.localityName],
    ['O', subject.organizationName],
    ['OU', subject.organizationUnit],
    ['CN', subject.commonName],
  ];
  return new x509.Name(
    parts
      .filter((part): part is [string, string] => Boolean(part[1]))
      .map(([type, value]) => ({ [type]: [type === 'C' ? { printableString: value } : { utf8String: value }] })),
  );
}

// RFC 4514 §2.4 special characters, escaped so a value holding a comma cannot read as two RDNs.
const escapeValue = (value: string) => value.replace(/[,+"\\<>;]/g, (character) => `\\${character}`);

/** Graph `subjectName`: RDNs in encoded order, `type=value` joined by "," (multi-valued RDNs by "+"). */
export function formatSubjectName(name: x509.Name | BufferSource): string {
  const parsed = name instanceof x509.Name ? name : new x509.Name(name);
  return parsed
    .toJSON()
    .map((rdn) =>
      Object.entries(rdn)
        .flatMap(([type, values]) => values.map((value) => `${type}=${escapeValue(value)}`))
        .join('+'),
    )
    .join(',');
}

/** The most specific (last) common name, if any. */
export function commonNameOf(name: x509.Name | BufferSource): string | undefined {
  const parsed = name instanceof x509.Name ? name : new x509.Name(name);
  return parsed.getField('CN').at(-1);
}
