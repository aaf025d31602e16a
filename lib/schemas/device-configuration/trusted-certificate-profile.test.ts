import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import { makeCertificate, toBase64, toPem } from './certificates.test-helpers';
import { ZCreateDeviceConfiguration } from './device-configuration';
import { TRUSTED_CERTIFICATE_SCHEMAS } from './trusted-certificate-profile';

let caDer: Uint8Array;
let leafDer: Uint8Array;
let bareDer: Uint8Array;

beforeAll(async () => {
  [caDer, leafDer, bareDer] = await Promise.all([
    makeCertificate({ commonName: 'Contoso Root CA', isCa: true }),
    makeCertificate({ commonName: 'alice-pc', isCa: false }),
    makeCertificate({ commonName: 'No Extensions', isCa: undefined }),
  ]);
});

const body = (platform: Platform, certificate: string, extra: Record<string, unknown> = {}) => ({
  '@odata.type': PLATFORMS[platform].odataTypes.trustedCertificate,
  displayName: 'Contoso Root',
  trustedRootCertificate: certificate,
  certFileName: 'Contoso Root CA.cer',
  ...extra,
});

const messagesOf = (input: unknown) => {
  const result = ZCreateDeviceConfiguration.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('trusted certificate profiles', () => {
  it('spells each Graph type as lib/deployment does', () => {
    for (const platform of Object.keys(PLATFORMS) as Platform[]) {
      expect(TRUSTED_CERTIFICATE_SCHEMAS[platform].shape['@odata.type'].value).toBe(PLATFORMS[platform].odataTypes.trustedCertificate);
    }
  });

  it.each([
    ['base64 DER', () => toBase64(caDer)],
    ['PEM text', () => toPem(caDer)],
    ['base64 of a PEM file', () => toBase64(new TextEncoder().encode(toPem(caDer)))],
  ])('accepts the CA certificate as %s and stores base64 DER', (_label, certificate) => {
    const parsed = ZCreateDeviceConfiguration.parse(body('ios', certificate()));
    expect(parsed).toMatchObject({ trustedRootCertificate: toBase64(caDer), roleScopeTagIds: ['0'], description: null });
  });

  it('refuses a leaf certificate, naming it', () => {
    expect(messagesOf(body('ios', toBase64(leafDer)))).toEqual([
      "trustedRootCertificate: The certificate 'alice-pc' is not a CA certificate (no BasicConstraints CA:TRUE): upload a root or intermediate CA certificate, not a leaf certificate",
    ]);
  });

  it('refuses a certificate without BasicConstraints and anything that is not a certificate', () => {
    expect(messagesOf(body('ios', toBase64(bareDer)))[0]).toContain('is not a CA certificate');
    expect(messagesOf(body('ios', 'not base64!'))[0]).toContain('Upload a certificate file');
    expect(messagesOf(body('ios', toBase64(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]))))[0]).toContain('not an X.509 certificate');
  });

  it('defaults Windows to the computer root store and macOS to the device channel', () => {
    expect(ZCreateDeviceConfiguration.parse(body('windows', toBase64(caDer)))).toMatchObject({ destinationStore: 'computerCertStoreRoot' });
    expect(ZCreateDeviceConfiguration.parse(body('macOS', toBase64(caDer)))).toMatchObject({ deploymentChannel: 'deviceChannel' });
    const intermediate = body('windows', toBase64(caDer), { destinationStore: 'userCertStoreIntermediate' });
    expect(ZCreateDeviceConfiguration.parse(intermediate)).toMatchObject({ destinationStore: 'userCertStoreIntermediate' });
  });

  it.each<[Platform, string]>([
    ['ios', 'destinationStore'],
    ['androidEnterprise', 'deploymentChannel'],
    ['windows', 'deploymentChannel'],
  ])('%s has no %s', (platform, property) => {
    const type = PLATFORMS[platform].odataTypes.trustedCertificate;
    expect(messagesOf(body(platform, toBase64(caDer), { [property]: 'x' }))).toEqual([`: ${property} is not a property of ${type}`]);
  });

  it('requires a name and accepts the @odata.type without its namespace prefix, in any case', () => {
    expect(messagesOf(body('aosp', toBase64(caDer), { displayName: '  ' }))).toEqual(['displayName: Name is required']);
    const parsed = ZCreateDeviceConfiguration.parse(body('aosp', toBase64(caDer), { '@odata.type': 'AospDeviceOwnerTrustedRootCertificate' }));
    expect(parsed['@odata.type']).toBe('#microsoft.graph.aospDeviceOwnerTrustedRootCertificate');
  });

  it('drops read-only properties a client echoes from a GET', () => {
    const echoed = body('ios', toBase64(caDer), { id: 'x', version: 3, createdDateTime: '2026-01-01T00:00:00Z', supportsScopeTags: true });
    expect(messagesOf(echoed)).toEqual([]);
  });

  it('names the supported types when @odata.type is unknown', () => {
    expect(messagesOf({ '@odata.type': '#microsoft.graph.windows10GeneralConfiguration' })[0]).toMatch(/^@odata.type: Set @odata.type to one of/);
  });
});
