// Graph paths (relative to the Graph client's base URL) and portal routes of the device configuration blades.
import type { Platform, ProfileKind } from '@/lib/deployment/platforms';

export const GRAPH_DEVICE_CONFIGURATIONS = '/beta/deviceManagement/deviceConfigurations';
export const GRAPH_CHECK_ASSIGNMENTS = `${GRAPH_DEVICE_CONFIGURATIONS}/checkAssignments`;
export const GRAPH_VALIDATE_SCEP_PROFILE = `${GRAPH_DEVICE_CONFIGURATIONS}/validateScepProfile`;
export const GRAPH_GROUPS = '/beta/groups';

export function graphDeviceConfigurationPath(id: string): string {
  return `${GRAPH_DEVICE_CONFIGURATIONS}/${encodeURIComponent(id)}`;
}

export const DEVICE_CONFIGURATION_PATH = '/devices/configuration';
export const CREATE_PROFILE_PATH = `${DEVICE_CONFIGURATION_PATH}/create`;

export function deviceConfigurationPath(id: string): string {
  return `${DEVICE_CONFIGURATION_PATH}/${encodeURIComponent(id)}`;
}

/**
 * The create flow with its choices made: `caId` preselects the CA whose certificate a trusted certificate profile
 * holds, or the issuing CA whose SCEP URI a SCEP profile uses (and so the Root Certificate that chains to it).
 */
export function createProfilePath(choice: { platform: Platform; kind: ProfileKind; caId?: string }): string {
  const query = new URLSearchParams({ platform: choice.platform, type: choice.kind });
  if (choice.caId) query.set('caId', choice.caId);
  return `${CREATE_PROFILE_PATH}?${query}`;
}

/** Above the list blade, whose title is "Devices | Configuration". */
export const DEVICES_BREADCRUMB = [
  { label: 'Home', href: '/' },
  { label: 'Devices', href: '/devices' },
] as const;

/** Above the blades opened from the list: a profile, the create wizard. */
export const CONFIGURATION_BREADCRUMB = [
  { label: 'Home', href: '/' },
  { label: 'Devices | Configuration', href: DEVICE_CONFIGURATION_PATH },
] as const;
