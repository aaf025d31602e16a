// Trusted certificate profiles, one Graph type per platform: the CA certificate, its file name, and
// Windows' destination store or macOS' deployment channel. The certificate is normalised to base64 DER.
import { z } from 'zod';
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import { basicsShape, unknownPropertyError } from './profile-basics';
import { readTrustedCertificate } from './trusted-certificate-data';

export const DESTINATION_STORES = ['computerCertStoreRoot', 'computerCertStoreIntermediate', 'userCertStoreIntermediate'] as const;
export const DEPLOYMENT_CHANNELS = ['deviceChannel', 'userChannel'] as const;

/** The portal's Destination store labels (Windows). */
export const DESTINATION_STORE_LABELS: Readonly<Record<(typeof DESTINATION_STORES)[number], string>> = {
  computerCertStoreRoot: 'Computer certificate store - Root',
  computerCertStoreIntermediate: 'Computer certificate store - Intermediate',
  userCertStoreIntermediate: 'User certificate store - Intermediate',
};

export const DEPLOYMENT_CHANNEL_LABELS: Readonly<Record<(typeof DEPLOYMENT_CHANNELS)[number], string>> = {
  deviceChannel: 'Device channel',
  userChannel: 'User channel',
};

/** Accepts PEM or base64 (of DER or of a PEM file); outputs base64 DER of a CA certificate. */
export const ZTrustedRootCertificateData = z.string({ error: 'Upload the CA certificate file' }).transform((value, ctx) => {
  const verdict = readTrustedCertificate(value);
  if (verdict.ok) return verdict.base64Der;
  ctx.addIssue({ code: 'custom', message: verdict.message });
  return z.NEVER;
});

const trustShape = {
  ...basicsShape,
  trustedRootCertificate: ZTrustedRootCertificateData,
  certFileName: z.string().trim().max(260, 'At most 260 characters').nullish(),
};

const trustFields = <Type extends string, Extra extends z.ZodRawShape>(odataType: Type, extra: Extra) =>
  z.strictObject(
    { '@odata.type': z.literal(odataType), ...trustShape, ...extra },
    { error: unknownPropertyError(odataType) },
  );

// The Graph types spelt out (not read from PLATFORMS) so that `@odata.type` is a literal type; a test keeps the two equal.
export const ZWindows81TrustedRootCertificate = trustFields('#microsoft.graph.windows81TrustedRootCertificate', {
  destinationStore: z.enum(DESTINATION_STORES, { error: 'Choose a destination store' }),
});
export const ZIosTrustedRootCertificate = trustFields('#microsoft.graph.iosTrustedRootCertificate', {});
export const ZMacOSTrustedRootCertificate = trustFields('#microsoft.graph.macOSTrustedRootCertificate', {
  deploymentChannel: z.enum(DEPLOYMENT_CHANNELS, { error: 'Choose a deployment channel' }),
});
export const ZAndroidDeviceOwnerTrustedRootCertificate = trustFields('#microsoft.graph.androidDeviceOwnerTrustedRootCertificate', {});
export const ZAndroidWorkProfileTrustedRootCertificate = trustFields('#microsoft.graph.androidWorkProfileTrustedRootCertificate', {});
export const ZAospDeviceOwnerTrustedRootCertificate = trustFields('#microsoft.graph.aospDeviceOwnerTrustedRootCertificate', {});

export const TRUSTED_CERTIFICATE_SCHEMAS = {
  windows: ZWindows81TrustedRootCertificate,
  ios: ZIosTrustedRootCertificate,
  macOS: ZMacOSTrustedRootCertificate,
  androidEnterprise: ZAndroidDeviceOwnerTrustedRootCertificate,
  androidWorkProfile: ZAndroidWorkProfileTrustedRootCertificate,
  aosp: ZAospDeviceOwnerTrustedRootCertificate,
} as const satisfies Record<Platform, z.ZodType>;

export type TTrustedCertificateProfile = z.output<(typeof TRUSTED_CERTIFICATE_SCHEMAS)[Platform]>;
export type TTrustedCertificateProfileInput = z.input<(typeof TRUSTED_CERTIFICATE_SCHEMAS)[Platform]>;

/** Defaults of the Configuration settings page (the Intune portal's: destination store Root, device channel). */
export function trustedCertificateDefaults(platform: Platform): Record<string, unknown> {
  return {
    '@odata.type': PLATFORMS[platform].odataTypes.trustedCertificate,
    ...(platform === 'windows' && { destinationStore: 'computerCertStoreRoot' }),
    ...(platform === 'macOS' && { deploymentChannel: 'deviceChannel' }),
  };
}
