import { AsnConvert } from '@peculiar/asn1-schema';
import { Name } from '@peculiar/asn1-x509';
import { describe, expect, it } from 'vitest';
import { buildSubjectName, commonNameOf, formatSubjectName } from './subject-name';
import { x509 } from './x509';

describe('buildSubjectName', () => {
  const full = {
    commonName: 'Contoso Root CA',
    organizationName: 'Contoso',
    organizationUnit: 'IT',
    localityName: 'London',
    stateName: 'Greater London',
    countryName: 'GB',
  };

  it('orders RDNs from C down to CN, as Graph subjectName shows them', () => {
    expect(formatSubjectName(buildSubjectName(full))).toBe(
      'C=GB,ST=Greater London,L=London,O=Contoso,OU=IT,CN=Contoso Root CA',
    );
  });

  it('leaves out absent parts', () => {
    expect(formatSubjectName(buildSubjectName({ commonName: 'Only CN', countryName: 'US' }))).toBe('C=US,CN=Only CN');
  });

  it('encodes countryName as PrintableString and the rest as UTF8String (RFC 5280 §4.1.2.6)', () => {
    const der = buildSubjectName({ commonName: 'Zürich CA', countryName: 'CH' }).toArrayBuffer();
    const asn = AsnConvert.parse(der, Name);
    expect(asn[0]?.[0]?.value.printableString).toBe('CH');
    expect(asn[1]?.[0]?.value.utf8String).toBe('Zürich CA');
  });

  it('keeps characters that are special in DN strings intact in the value', () => {
    const name = buildSubjectName({ commonName: 'A, "B" + C\\D', organizationName: '#1' });
    expect(name.getField('CN')).toEqual(['A, "B" + C\\D']);
    expect(name.getField('O')).toEqual(['#1']);
    expect(formatSubjectName(name)).toBe('O=#1,CN=A\\, \\"B\\" \\+ C\\\\D');
  });
});

describe('formatSubjectName and commonNameOf', () => {
  it('read DER names too, and pick the most specific CN', () => {
    const der = new x509.Name([{ DC: ['test'] }, { CN: ['first'] }, { CN: ['second'] }]).toArrayBuffer();
    expect(formatSubjectName(der)).toBe('DC=test,CN=first,CN=second');
    expect(commonNameOf(der)).toBe('second');
    expect(commonNameOf(new x509.Name([]))).toBeUndefined();
  });
});
