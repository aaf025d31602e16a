// The device platforms a Cloud PKI chain is deployed to, and their Graph profile types.
// Each platform has its own trusted-certificate and SCEP types, and a SCEP profile's Root Certificate must be
// a trusted-certificate profile of the same platform, so "platform" is what ties the deployment order together.

export type Platform = 'windows' | 'ios' | 'macOS' | 'androidEnterprise' | 'androidWorkProfile' | 'aosp';

export type ProfileKind = 'trustedCertificate' | 'scep';

interface PlatformInfo {
  /** As the portal's Platform picker names it. */
  label: string;
  /** "a" or "an" before the label, so messages read "an iOS/iPadOS trusted certificate profile". */
  article: 'a' | 'an';
  odataTypes: Record<ProfileKind, string>;
}

// Android Enterprise "fully managed, dedicated and corporate-owned work profile" is Graph's androidDeviceOwner*.
export const PLATFORMS: Readonly<Record<Platform, PlatformInfo>> = {
  windows: {
    label: 'Windows',
    article: 'a',
    odataTypes: {
      trustedCertificate: '#microsoft.graph.windows81TrustedRootCertificate',
      scep: '#microsoft.graph.windows81SCEPCertificateProfile',
    },
  },
  ios: {
    label: 'iOS/iPadOS',
    article: 'an',
    odataTypes: {
      trustedCertificate: '#microsoft.graph.iosTrustedRootCertificate',
      scep: '#microsoft.graph.iosScepCertificateProfile',
    },
  },
  macOS: {
    label: 'macOS',
    article: 'a',
    odataTypes: {
      trustedCertificate: '#microsoft.graph.macOSTrustedRootCertificate',
      scep: '#microsoft.graph.macOSScepCertificateProfile',
    },
  },
  androidEnterprise: {
    label: 'Android Enterprise (fully managed, dedicated and corporate-owned work profile)',
    article: 'an',
    odataTypes: {
      trustedCertificate: '#microsoft.graph.androidDeviceOwnerTrustedRootCertificate',
      scep: '#microsoft.graph.androidDeviceOwnerScepCertificateProfile',
    },
  },
  androidWorkProfile: {
    label: 'Android Enterprise (personally-owned work profile)',
    article: 'an',
    odataTypes: {
      trustedCertificate: '#microsoft.graph.androidWorkProfileTrustedRootCertificate',
      scep: '#microsoft.graph.androidWorkProfileScepCertificateProfile',
    },
  },
  aosp: {
    label: 'Android (AOSP)',
    article: 'an',
    odataTypes: {
      trustedCertificate: '#microsoft.graph.aospDeviceOwnerTrustedRootCertificate',
      scep: '#microsoft.graph.aospDeviceOwnerScepCertificateProfile',
    },
  },
};

const PROFILE_TYPE_BY_ODATA_TYPE = new Map<string, { kind: ProfileKind; platform: Platform }>(
  (Object.keys(PLATFORMS) as Platform[]).flatMap((platform) =>
    (Object.keys(PLATFORMS[platform].odataTypes) as ProfileKind[]).map(
      (kind) => [PLATFORMS[platform].odataTypes[kind].toLowerCase(), { kind, platform }] as const,
    ),
  ),
);

/**
 * The kind and platform of a device configuration by its Graph `@odata.type`, with or without the
 * `#microsoft.graph.` prefix (OData type names are case-insensitive on the wire). Undefined for every other
 * configuration type — those take no part in the deployment order.
 */
export function profileTypeOfOdataType(odataType: string): { kind: ProfileKind; platform: Platform } | undefined {
  const qualified = odataType.startsWith('#') ? odataType : `#microsoft.graph.${odataType}`;
  return PROFILE_TYPE_BY_ODATA_TYPE.get(qualified.toLowerCase());
}

/** "a Windows", "an iOS/iPadOS" — the start of "… trusted certificate profile" in messages. */
export function platformWithArticle(platform: Platform): string {
  return `${PLATFORMS[platform].article} ${PLATFORMS[platform].label}`;
}
