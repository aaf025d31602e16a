import { describe, expect, it } from 'vitest';
import { checkSubjectAlternativeName, type SanType } from './check-subject-alternative-name';
import type { CertificateStore } from './scep-variables';

const check = (sanType: SanType, name: string, certificateStore: CertificateStore = 'user') =>
  checkSubjectAlternativeName({ sanType, name }, 2, { certificateStore, platform: 'windows' });

describe('checkSubjectAlternativeName', () => {
  it.each<[SanType, string, CertificateStore]>([
    // Microsoft's documented examples: the variables are addresses themselves.
    ['emailAddress', '{{EmailAddress}}', 'user'],
    ['userPrincipalName', '{{UserPrincipalName}}', 'user'],
    ['userPrincipalName', '{{userprincipalname}}', 'user'],
    ['userPrincipalName', '{{UserName}}@contoso.com', 'user'],
    ['userPrincipalName', '{{AAD_Device_ID}}@contoso.com', 'machine'],
    ['domainNameService', '{{DeviceName}}.contoso.com', 'machine'],
    ['domainNameService', '{{DeviceName}}', 'machine'],
    ['domainNameService', 'vpn.contoso.com', 'user'],
    ['universalResourceIdentifier', '{{OnPremisesSecurityIdentifier}}', 'user'],
    ['universalResourceIdentifier', 'urn:device:{{DeviceId}}', 'machine'],
  ])('accepts %s %s (%s certificate)', (sanType, name, store) => {
    expect(check(sanType, name, store)).toEqual([]);
  });

  it.each<[SanType, string, CertificateStore, string[]]>([
    ['emailAddress', '{{UserName}}', 'user', ['Email address values must contain @, such as {{UserPrincipalName}} or {{AAD_Device_ID}}@contoso.com']],
    ['userPrincipalName', 'alice', 'user', ['User principal name (UPN) values must contain @, such as {{UserPrincipalName}} or {{AAD_Device_ID}}@contoso.com']],
    [
      'userPrincipalName',
      '{{UserPrincipalName}}@contoso.com',
      'user',
      ['User principal name (UPN) values must contain only one @ once variables are replaced ({{UserPrincipalName}} and {{EmailAddress}} bring their own)'],
    ],
    ['domainNameService', 'alice@contoso.com', 'user', ['A DNS value cannot contain @']],
    ['domainNameService', '{{UserPrincipalName}}', 'user', ['A DNS value cannot contain @, and {{UserPrincipalName}} is an address with one']],
    ['domainNameService', '{{DeviceName}}.contoso.', 'machine', ['A DNS value cannot end with a symbol']],
    ['domainNameService', '{{DeviceName}}-', 'machine', ['A DNS value cannot end with a symbol']],
    ['domainNameService', '{{DeviceName}}|contoso.com', 'machine', ['After a variable, the value cannot contain {, }, | or ;']],
    ['domainNameService', '{{DeviceName}};contoso.com', 'machine', ['After a variable, the value cannot contain {, }, | or ;']],
    ['domainNameService', '{{DeviceName}.contoso.com', 'machine', ['Wrap each variable in double braces, like {{UserName}}']],
    ['domainNameService', '  ', 'machine', ['Enter a value']],
    ['domainNameService', '{{OnPremisesSecurityIdentifier}}.contoso.com', 'user', ['{{OnPremisesSecurityIdentifier}} can only be used in a URI subject alternative name']],
    [
      'emailAddress',
      '{{EmailAddress}}',
      'machine',
      [
        '{{EmailAddress}} is a user variable: device certificates can only use device variables such as {{AAD_Device_ID}} or {{DeviceName}}',
      ],
    ],
  ])('refuses %s %j (%s certificate)', (sanType, name, store, messages) => {
    expect(check(sanType, name, store).map((problem) => problem.message)).toEqual(messages);
  });

  it('names the row it is about', () => {
    expect(check('domainNameService', '')[0]?.field).toBe('customSubjectAlternativeNames.2.name');
  });
});
