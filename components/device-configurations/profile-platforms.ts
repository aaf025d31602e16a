// How the portal names platforms and profile types in the Create › Platform / Profile type pickers,
// over the platform keys and Graph types of lib/deployment/platforms.
import { PLATFORMS, profileTypeOfOdataType, type Platform, type ProfileKind } from '@/lib/deployment/platforms';

/** The picker's order, as in Intune. */
export const PLATFORM_ORDER: readonly Platform[] = ['windows', 'ios', 'macOS', 'androidEnterprise', 'androidWorkProfile', 'aosp'];

export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  windows: 'Windows 10 and later',
  ios: 'iOS/iPadOS',
  macOS: 'macOS',
  androidEnterprise: 'Android Enterprise (Fully Managed, Dedicated, and Corporate-Owned Work Profile)',
  androidWorkProfile: 'Android Enterprise (Personally-Owned Work Profile)',
  aosp: 'Android (AOSP)',
};

/** Short names for tabs and grid cells, where the two Android Enterprise families still need telling apart. */
export const PLATFORM_SHORT_LABELS: Readonly<Record<Platform, string>> = {
  windows: 'Windows',
  ios: 'iOS/iPadOS',
  macOS: 'macOS',
  androidEnterprise: 'Android Enterprise (corporate-owned)',
  androidWorkProfile: 'Android Enterprise (personally-owned)',
  aosp: 'Android (AOSP)',
};

/** "a Windows", "an iOS/iPadOS": the short label after its article, for "Create … trusted certificate profile". */
export const shortLabelWithArticle = (platform: Platform) => `${PLATFORMS[platform].article} ${PLATFORM_SHORT_LABELS[platform]}`;

export const PROFILE_KIND_ORDER: readonly ProfileKind[] = ['trustedCertificate', 'scep'];

export const PROFILE_KIND_LABELS: Readonly<Record<ProfileKind, string>> = {
  trustedCertificate: 'Trusted certificate',
  scep: 'SCEP certificate',
};

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORM_ORDER as readonly string[]).includes(value);
}

export function isProfileKind(value: unknown): value is ProfileKind {
  return typeof value === 'string' && (PROFILE_KIND_ORDER as readonly string[]).includes(value);
}

/** Platform and type labels of a profile for the list and the detail blade; other configuration types show their raw type. */
export function describeProfileType(odataType: string): { platform: string; profileType: string } {
  const type = profileTypeOfOdataType(odataType);
  if (!type) return { platform: '—', profileType: odataType.replace('#microsoft.graph.', '') };
  return { platform: PLATFORM_LABELS[type.platform], profileType: PROFILE_KIND_LABELS[type.kind] };
}
