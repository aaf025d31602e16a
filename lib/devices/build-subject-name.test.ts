import { describe, expect, it } from 'vitest';
import { formatSubjectName } from '@/lib/pki/subject-name';
import { buildSubjectName } from './build-subject-name';
import type { CertificateVariableSource } from './resolve-certificate-variables';

const source: CertificateVariableSource = {
  device: { id: 'd', azureAdDeviceId: 'aad-1', deviceName: 'CONTOSO-LT-001', serialNumber: 'PF4XK2A1', imei: null, wifiMacAddress: null },
  user: { userPrincipalName: 'adele.vance@contoso.local', mail: 'adele@contoso.com', givenName: 'Vance, Adele', surname: 'Vance' },
};

const subjectOf = (format: string) => {
  const result = buildSubjectName(format, source);
  if (!result.ok) throw new Error(result.message);
  return result.name;
};

describe('buildSubjectName', () => {
  it('builds the portal default for user certificates, E= as an IA5String emailAddress', () => {
    const name = subjectOf('CN={{UserName}},E={{EmailAddress}}');
    expect(formatSubjectName(name)).toBe('CN=adele.vance,E=adele@contoso.com');
    expect(name.toJSON()).toEqual([{ CN: ['adele.vance'] }, { E: ['adele@contoso.com'] }]);
  });

  it('keeps a resolved value with a comma in one attribute, and reads quoted and escaped literals', () => {
    expect(formatSubjectName(subjectOf('G={{GivenName}},OU="Sales, EMEA",O=Contoso\\, Ltd,C=GB'))).toBe(
      'G=Vance\\, Adele,OU=Sales\\, EMEA,O=Contoso\\, Ltd,C=GB',
    );
  });

  it('knows SERIALNUMBER and dotted OIDs', () => {
    expect(subjectOf('SERIALNUMBER={{SERIALNUMBER}},2.5.4.46=q').toJSON()).toEqual([{ '2.5.4.5': ['PF4XK2A1'] }, { '2.5.4.46': ['q'] }]);
  });

  it('names the variable the device cannot supply, and an unknown attribute type', () => {
    expect(buildSubjectName('CN={{IMEI}}', source)).toEqual({ ok: false, variable: 'IMEI', message: 'The device cannot supply {{IMEI}}: the device has no IMEI (no cellular modem)' });
    expect(buildSubjectName('CN=x,NICK=y', source)).toEqual({ ok: false, message: "The subject name format has an unknown attribute 'NICK=y'" });
  });
});
