import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import { ZCreateDeviceConfiguration } from './device-configuration';
import { SCEP_FIELDS } from './scep-certificate-profile';

const SCEP_URL =
  'https://{{CloudPKIFQDN}}/TrafficGateway/PassThroughRoutingService/CloudPki/CloudPkiService/Scep/6c2f0d0e-0000-4000-8000-000000000001/6c2f0d0e-0000-4000-8000-000000000002';
const clientAuth = { name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' };

/** The least a Graph client sends; everything else takes the portal's defaults. */
const minimal = (platform: Platform, extra: Record<string, unknown> = {}) => ({
  '@odata.type': PLATFORMS[platform].odataTypes.scep,
  displayName: 'Contoso SCEP',
  extendedKeyUsages: [clientAuth],
  scepServerUrls: [SCEP_URL],
  'rootCertificate@odata.bind': "https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations('8f0c4b7e-1111-4222-8333-944455556666')",
  ...extra,
});

const messagesOf = (input: unknown) => {
  const result = ZCreateDeviceConfiguration.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

const PLATFORM_ONLY_PROPERTIES = [
  'hashAlgorithm',
  'keyStorageProvider',
  'deploymentChannel',
  'allowAllAppsAccess',
  'certificateAccessType',
  'silentCertificateAccessDetails',
] as const;

// KSP only on Windows, no hash on iOS, channel and app access only on macOS,
// certificate access only on Android Enterprise device owner.
const AVAILABLE: Record<Platform, readonly (typeof PLATFORM_ONLY_PROPERTIES)[number][]> = {
  windows: ['hashAlgorithm', 'keyStorageProvider'],
  ios: [],
  macOS: ['hashAlgorithm', 'deploymentChannel', 'allowAllAppsAccess'],
  androidEnterprise: ['hashAlgorithm', 'certificateAccessType', 'silentCertificateAccessDetails'],
  androidWorkProfile: ['hashAlgorithm'],
  aosp: ['hashAlgorithm'],
};

describe('SCEP certificate profiles', () => {
  it.each(Object.entries(AVAILABLE) as [Platform, readonly string[]][])('%s has exactly its own properties', (platform, own) => {
    const shape = SCEP_FIELDS[platform].shape;
    expect(shape['@odata.type'].value).toBe(PLATFORMS[platform].odataTypes.scep);
    for (const property of PLATFORM_ONLY_PROPERTIES) expect(property in shape, property).toBe(own.includes(property));
    for (const common of ['certificateStore', 'subjectNameFormatString', 'customSubjectAlternativeNames', 'keyUsage', 'keySize', 'extendedKeyUsages', 'renewalThresholdPercentage', 'scepServerUrls', 'rootCertificate@odata.bind']) {
      expect(common in shape, common).toBe(true);
    }
  });

  it('refuses a property of another platform, naming the type', () => {
    expect(messagesOf(minimal('ios', { hashAlgorithm: 'sha2' }))).toEqual([
      ': hashAlgorithm is not a property of #microsoft.graph.iosScepCertificateProfile',
    ]);
    expect(messagesOf(minimal('androidWorkProfile', { keyStorageProvider: 'useSoftwareKsp', allowAllAppsAccess: true }))).toEqual([
      ': keyStorageProvider, allowAllAppsAccess are not properties of #microsoft.graph.androidWorkProfileScepCertificateProfile',
    ]);
  });

  it('fills the portal defaults (user certificate, 1 year, 2048 bits, SHA-2, 20 %)', () => {
    expect(ZCreateDeviceConfiguration.parse(minimal('windows'))).toEqual({
      ...minimal('windows'),
      description: null,
      roleScopeTagIds: ['0'],
      certificateStore: 'user',
      subjectNameFormat: 'custom',
      subjectNameFormatString: 'CN={{UserName}},E={{EmailAddress}}',
      subjectAlternativeNameType: 'none',
      customSubjectAlternativeNames: [],
      certificateValidityPeriodValue: 1,
      certificateValidityPeriodScale: 'years',
      keyUsage: 'digitalSignature,keyEncipherment',
      keySize: 'size2048',
      renewalThresholdPercentage: 20,
      hashAlgorithm: 'sha2',
      keyStorageProvider: 'useTpmKspOtherwiseUseSoftwareKsp',
    });
    expect(ZCreateDeviceConfiguration.parse(minimal('ios'))).not.toHaveProperty('hashAlgorithm');
    expect(ZCreateDeviceConfiguration.parse(minimal('androidEnterprise'))).toMatchObject({
      certificateAccessType: 'userApproval',
      silentCertificateAccessDetails: [],
    });
  });

  it('defaults the subject by certificate type, and macOS the certificate type by channel', () => {
    expect(ZCreateDeviceConfiguration.parse(minimal('aosp', { certificateStore: 'machine' }))).toMatchObject({
      subjectNameFormatString: 'CN={{AAD_Device_ID}}',
    });
    expect(ZCreateDeviceConfiguration.parse(minimal('macOS'))).toMatchObject({
      deploymentChannel: 'deviceChannel',
      certificateStore: 'machine',
      subjectNameFormatString: 'CN={{AAD_Device_ID}}',
      allowAllAppsAccess: false,
    });
    expect(ZCreateDeviceConfiguration.parse(minimal('macOS', { deploymentChannel: 'userChannel' }))).toMatchObject({
      certificateStore: 'user',
      subjectNameFormatString: 'CN={{UserName}},E={{EmailAddress}}',
    });
  });

  it('writes key usage flags in the portal order and refuses none or unknown ones', () => {
    expect(ZCreateDeviceConfiguration.parse(minimal('ios', { keyUsage: 'keyEncipherment, digitalSignature' }))).toMatchObject({
      keyUsage: 'digitalSignature,keyEncipherment',
    });
    expect(ZCreateDeviceConfiguration.parse(minimal('ios', { keyUsage: 'keyEncipherment' }))).toMatchObject({ keyUsage: 'keyEncipherment' });
    expect(messagesOf(minimal('ios', { keyUsage: '' }))).toEqual(['keyUsage: Select at least one key usage']);
    expect(messagesOf(minimal('ios', { keyUsage: 'nonRepudiation' }))).toEqual([
      'keyUsage: Unknown key usage nonRepudiation: use digitalSignature and/or keyEncipherment',
    ]);
  });

  it.each([
    [{ renewalThresholdPercentage: 0 }, 'renewalThresholdPercentage: Enter a percentage between 1 and 99'],
    [{ renewalThresholdPercentage: 100 }, 'renewalThresholdPercentage: Enter a percentage between 1 and 99'],
    [{ certificateValidityPeriodValue: 0 }, 'certificateValidityPeriodValue: The validity period is at least 1'],
    [{ certificateValidityPeriodScale: 'weeks' }, 'certificateValidityPeriodScale: Choose days, months or years'],
    [{ keySize: 'size3072' }, 'keySize: Choose a key size'],
    [{ scepServerUrls: [SCEP_URL, SCEP_URL] }, "scepServerUrls: Cloud PKI takes exactly one SCEP server URL: the issuing CA's SCEP URI"],
    [{ scepServerUrls: [] }, "scepServerUrls: Cloud PKI takes exactly one SCEP server URL: the issuing CA's SCEP URI"],
    [{ scepServerUrls: ['http://ndes.contoso.com/certsrv/mscep/mscep.dll'] }, "scepServerUrls.0: Enter an https:// URL: paste the issuing CA's SCEP URI"],
    [{ extendedKeyUsages: [] }, 'extendedKeyUsages: Add at least one extended key usage'],
    [{ 'rootCertificate@odata.bind': undefined }, 'rootCertificate@odata.bind: Select the Root Certificate (a trusted certificate profile)'],
    [{ 'rootCertificate@odata.bind': 'https://graph.microsoft.com/beta/groups/abc' }, "rootCertificate@odata.bind: Bind the Root Certificate as …/deviceManagement/deviceConfigurations('<trusted certificate profile id>')"],
    [{ subjectNameFormat: 'commonName' }, 'subjectNameFormat: Set subjectNameFormat to custom and the name in subjectNameFormatString'],
    [{ customSubjectAlternativeNames: [{ sanType: 'customAzureADAttribute', name: 'x' }] }, 'customSubjectAlternativeNames.0.sanType: Choose an attribute: Email address, UPN, DNS or URI'],
  ])('refuses %j', (extra, message) => {
    expect(messagesOf(minimal('windows', extra))).toEqual([message]);
  });

  it('applies the subject and SAN variable rules with field paths', () => {
    const profile = minimal('windows', {
      certificateStore: 'machine',
      subjectNameFormatString: 'CN={{UserName}}',
      customSubjectAlternativeNames: [
        { sanType: 'domainNameService', name: '{{DeviceName}}.contoso.com' },
        { sanType: 'userPrincipalName', name: '{{AAD_Device_ID}}' },
      ],
    });
    expect(messagesOf(profile)).toEqual([
      'subjectNameFormatString: {{UserName}} is a user variable: device certificates can only use device variables such as {{AAD_Device_ID}} or {{DeviceName}}',
      'customSubjectAlternativeNames.1.name: User principal name (UPN) values must contain @, such as {{AAD_Device_ID}}@contoso.com',
    ]);
  });

  it('allows 4096-bit keys on Windows only with the Software KSP', () => {
    expect(messagesOf(minimal('windows', { keySize: 'size4096' }))).toEqual([
      "keySize: 4096-bit keys need the key storage provider 'Enroll to Software KSP': TPM and Windows Hello for Business keys are at most 2048 bits",
    ]);
    expect(messagesOf(minimal('windows', { keySize: 'size4096', keyStorageProvider: 'useSoftwareKsp' }))).toEqual([]);
    expect(messagesOf(minimal('ios', { keySize: 'size4096' }))).toEqual([]);
  });

  it('allows only user certificates in the macOS user channel', () => {
    expect(messagesOf(minimal('macOS', { deploymentChannel: 'userChannel', certificateStore: 'machine' }))).toEqual([
      'certificateStore: The user channel deploys user certificates only: choose the User certificate type',
    ]);
  });

  it('needs apps for silent certificate access on Android Enterprise', () => {
    expect(messagesOf(minimal('androidEnterprise', { certificateAccessType: 'specificApps' }))).toEqual([
      'silentCertificateAccessDetails: Add the apps that get access to the certificate silently',
    ]);
    const granted = { certificateAccessType: 'specificApps', silentCertificateAccessDetails: [{ packageId: 'com.contoso.vpn' }] };
    expect(messagesOf(minimal('androidEnterprise', granted))).toEqual([]);
    expect(messagesOf(minimal('androidEnterprise', { ...granted, silentCertificateAccessDetails: [{ packageId: 'vpn' }] }))).toEqual([
      'silentCertificateAccessDetails.0.packageId: Enter an Android package name such as com.contoso.app',
    ]);
  });
});
