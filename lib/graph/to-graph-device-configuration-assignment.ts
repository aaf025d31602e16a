// Domain row -> Graph `deviceConfigurationAssignment`: direct assignments with intent apply.
import 'server-only';
import type { DeviceConfigurationAssignmentRow } from '@/lib/db/repositories/device-configuration-assignments';

export function toGraphDeviceConfigurationAssignment(row: DeviceConfigurationAssignmentRow) {
  return {
    '@odata.type': '#microsoft.graph.deviceConfigurationAssignment',
    id: row.id,
    target: row.target,
    intent: row.intent,
    // Policy sets do not exist in the portal: every assignment is made on the profile itself.
    source: 'direct' as const,
    sourceId: row.configurationId,
  };
}
