// How a SCEP profile ties into the chain: its SCEP URL names the issuing CA, whose root CA
// certificate the Root Certificate profile must hold.
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import { parseScepServerUrl } from '@/lib/schemas/device-configuration/scep-server-url';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';

type Ca = GraphCloudCertificationAuthority;

export function issuingCaOfUrl(url: string | undefined, cas: readonly Ca[]): Ca | undefined {
  const caId = url ? parseScepServerUrl(url)?.caId : undefined;
  return caId ? cas.find((ca) => ca.id.toLowerCase() === caId && ca.cloudCertificationAuthorityType !== 'rootCertificationAuthority') : undefined;
}

export function rootCaOf(issuing: Ca | undefined, cas: readonly Ca[]): Ca | undefined {
  return issuing ? cas.find((ca) => ca.id === issuing.certificationAuthorityIssuerId) : undefined;
}

/** The Root Certificate picker's choices: trusted certificate profiles of the same platform. */
export function trustProfilesOf(platform: Platform, profiles: readonly GraphDeviceConfiguration[]): GraphDeviceConfiguration[] {
  const type = PLATFORMS[platform].odataTypes.trustedCertificate.toLowerCase();
  return profiles.filter((profile) => profile['@odata.type'].toLowerCase() === type);
}

const compact = (base64: string) => base64.replace(/\s+/g, '');

/** Trusted certificate profiles that carry this CA's certificate (certificateDownloadUrl is a data: URI of the DER). */
export function profilesHolding(ca: Ca | undefined, trustProfiles: readonly GraphDeviceConfiguration[]): GraphDeviceConfiguration[] {
  if (!ca) return [];
  const der = compact(ca.certificateDownloadUrl.slice(ca.certificateDownloadUrl.indexOf(',') + 1));
  return trustProfiles.filter((profile) => profile.trustedRootCertificate && compact(profile.trustedRootCertificate) === der);
}
