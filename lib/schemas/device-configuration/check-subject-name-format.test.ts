import { describe, expect, it } from 'vitest';
import type { Platform } from '@/lib/deployment/platforms';
import { checkSubjectNameFormat } from './check-subject-name-format';
import type { CertificateStore } from './scep-variables';

const check = (value: string, certificateStore: CertificateStore = 'user', platform: Platform = 'windows') =>
  checkSubjectNameFormat(value, { certificateStore, platform }).map((problem) => problem.message);

describe('checkSubjectNameFormat', () => {
  it.each<[string, CertificateStore]>([
    ['CN={{UserName}},E={{EmailAddress}}', 'user'],
    ['CN={{AAD_Device_ID}}', 'machine'],
    ['CN={{UserPrincipalName}},OU=EnterpriseUsers,O=Contoso Corporation,L=Redmond,ST=WA,C=US', 'user'],
    ['CN={{DeviceName}},SERIALNUMBER={{Device_Serial}}', 'machine'],
    ['CN={{SERIALNUMBER}}', 'machine'], // Intune lists both spellings; variables match in any case
    ['CN={{GivenName}} {{SurName}},E={{EmailAddress}}', 'user'],
    ['CN="{{OnPrem_Distinguished_Name}}"', 'user'],
  ])('accepts %s for %s certificates', (value, store) => {
    expect(check(value, store)).toEqual([]);
  });

  it.each<[string, CertificateStore, string]>([
    ['', 'user', 'Enter a subject name format, such as CN={{UserName}}'],
    ['{{UserName}}', 'user', 'The subject name is a list of attributes, such as CN={{UserName}},O=Contoso'],
    ['CN={UserName}', 'user', 'Wrap each variable in double braces, like {{UserName}}'],
    ['CN={{UserName}', 'user', 'Wrap each variable in double braces, like {{UserName}}'],
    ['CN={{Username2}}', 'user', '{{Username2}} is not a variable Intune knows. Use one of the listed variables, wrapped in {{ }}'],
    [
      'CN={{EmailAddress}}',
      'machine',
      '{{EmailAddress}} is a user variable: device certificates can only use device variables such as {{AAD_Device_ID}} or {{DeviceName}}',
    ],
    ['CN={{OnPremisesSecurityIdentifier}}', 'user', '{{OnPremisesSecurityIdentifier}} can only be used in a URI subject alternative name'],
    [
      'CN=Smith\\, John',
      'user',
      'Escaped characters (\\+ \\, \\; \\=) break the SCEP challenge validation: quote the value or remove the character',
    ],
  ])('refuses %j for %s certificates', (value, store, message) => {
    expect(check(value, store)).toEqual([message]);
  });

  it('knows the variables AOSP devices cannot supply', () => {
    expect(check('CN={{OnPremisesSamAccountName}}', 'user', 'aosp')).toEqual([
      '{{OnPremisesSamAccountName}} is not available on Android (AOSP) devices',
    ]);
    expect(check('CN={{OnPremisesSamAccountName}}', 'user', 'androidEnterprise')).toEqual([]);
  });

  it('names the field', () => {
    expect(checkSubjectNameFormat('', { certificateStore: 'user', platform: 'ios' })[0]?.field).toBe('subjectNameFormatString');
  });
});
