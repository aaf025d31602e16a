'use client';
import { RouterLink } from '@/components/router-link';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import type { Platform } from '@/lib/deployment/platforms';
import { deviceConfigurationPath, graphDeviceConfigurationPath } from '../device-configuration-paths';
import type { GraphScepProfile } from '../graph-device-configuration';
import { scepSettingEntries } from '../scep/scep-settings-entries';
import { DefinitionList } from './definition-list';

/** A SCEP profile's settings; the Root Certificate needs `$expand=rootCertificate` (a plain GET omits the reference). */
export function ScepProperties({ profile, platform }: { profile: GraphScepProfile; platform: Platform }) {
  const { data } = useGraphResource<GraphScepProfile>(`${graphDeviceConfigurationPath(profile.id)}?$expand=rootCertificate`);
  const root = data?.rootCertificate ?? undefined;
  const entries = scepSettingEntries(platform, profile, root?.displayName).map((entry) =>
    entry.label === 'Root Certificate' && root
      ? { label: entry.label, value: <RouterLink href={deviceConfigurationPath(root.id)}>{root.displayName}</RouterLink> }
      : entry,
  );
  return <DefinitionList label="Configuration settings" entries={entries} />;
}
