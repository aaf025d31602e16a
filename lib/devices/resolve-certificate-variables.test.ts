import { describe, expect, it } from 'vitest';
import { type CertificateVariableSource, resolveCertificateVariables } from './resolve-certificate-variables';

const laptop: CertificateVariableSource = {
  device: {
    id: '0f0e7b1a-1111-4c4c-9d9d-000000000001',
    azureAdDeviceId: '5a1b2c3d-2222-4e4e-8f8f-000000000002',
    deviceName: 'CONTOSO-LT-001',
    serialNumber: 'PF4XK2A1',
    imei: null,
    wifiMacAddress: 'F4267931A1C0',
  },
  user: { userPrincipalName: 'adele.vance@contoso.local', mail: 'adele@contoso.com', givenName: 'Adele', surname: 'Vance' },
};
const phone: CertificateVariableSource = { ...laptop, device: { ...laptop.device, imei: '356789104512345' } };
const kiosk: CertificateVariableSource = { ...laptop, user: null };
const noMail: CertificateVariableSource = { ...laptop, user: { ...laptop.user!, mail: null } };

describe('resolveCertificateVariables', () => {
  it.each([
    ['CN={{AAD_Device_ID}}', laptop, 'CN=5a1b2c3d-2222-4e4e-8f8f-000000000002'],
    ['CN={{AzureADDeviceId}}', laptop, 'CN=5a1b2c3d-2222-4e4e-8f8f-000000000002'],
    ['{{DeviceId}}', laptop, '0f0e7b1a-1111-4c4c-9d9d-000000000001'],
    ['CN={{DeviceName}},O=Contoso', laptop, 'CN=CONTOSO-LT-001,O=Contoso'],
    ['{{UserName}}', laptop, 'adele.vance'],
    ['{{UserPrincipalName}}', laptop, 'adele.vance@contoso.local'],
    ['E={{EmailAddress}}', laptop, 'E=adele@contoso.com'],
    ['G={{GivenName}},SN={{SurName}}', laptop, 'G=Adele,SN=Vance'],
    ['{{SERIALNUMBER}}', laptop, 'PF4XK2A1'],
    ['{{SerialNumber}}', laptop, 'PF4XK2A1'],
    ['{{Device_Serial}}', laptop, 'PF4XK2A1'],
    ['{{WiFiMacAddress}}', laptop, 'F4267931A1C0'],
    ['{{IMEI}}', phone, '356789104512345'],
    ['{{IMEINumber}}', phone, '356789104512345'],
    ['{{Device_IMEI}}', phone, '356789104512345'],
    ['{{ DeviceName }}.contoso.local', laptop, 'CONTOSO-LT-001.contoso.local'],
    ['CN=static', kiosk, 'CN=static'],
  ])('%s → %s', (template, source, expected) => {
    expect(resolveCertificateVariables(template, source)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['{{IMEI}}', laptop, 'IMEI', 'The device cannot supply {{IMEI}}: the device has no IMEI (no cellular modem)'],
    ['CN={{UserName}}', kiosk, 'UserName', 'The device cannot supply {{UserName}}: the device has no primary user (userless device)'],
    ['{{UserPrincipalName}}@x', kiosk, 'UserPrincipalName', 'The device cannot supply {{UserPrincipalName}}: the device has no primary user (userless device)'],
    ['E={{EmailAddress}}', noMail, 'EmailAddress', 'The device cannot supply {{EmailAddress}}: the user has no email address in Microsoft Entra ID'],
    ['{{MEID}}', phone, 'MEID', 'The device cannot supply {{MEID}}: the device has no MEID (no CDMA modem)'],
    ['{{OnPremisesSamAccountName}}', laptop, 'OnPremisesSamAccountName', 'The device cannot supply {{OnPremisesSamAccountName}}: the user is not synchronised from on-premises Active Directory'],
    ['{{FullyQualifiedDomainName}}', laptop, 'FullyQualifiedDomainName', 'The device cannot supply {{FullyQualifiedDomainName}}: the device is not joined to an on-premises domain'],
    ['{{Nickname}}', laptop, 'Nickname', '{{Nickname}} is not a variable Intune knows'],
    ['CN={{DeviceName}},E={{EmailAddress}}', kiosk, 'EmailAddress', 'The device cannot supply {{EmailAddress}}: the device has no primary user (userless device)'],
  ])('%s on a device that cannot supply it names {{%s}}', (template, source, variable, message) => {
    expect(resolveCertificateVariables(template, source)).toEqual({ ok: false, variable, message });
  });
});
