// "Not applicable" for one device: every profile that is assigned in the tenant — or that this device
// reported on before — but whose assignments do not reach it, because its groups are not targeted, it is excluded,
// or it runs another platform (lib/deployment devices-reached-by.ts). Profiles assigned to nobody get no row: they
// are in nobody's report. A profile that stops reaching a device turns Not applicable at the device's next check-in.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { upsertDeviceConfigurationDeviceStatus } from '@/lib/db/repositories/device-configuration-device-statuses';
import { listTenantDeviceConfigurationAssignments } from '@/lib/db/repositories/device-configuration-assignments';
import { listDeviceProfileStatuses } from '@/lib/db/repositories/device-state-profile-statuses';

const EXCLUSION = '#microsoft.graph.exclusionGroupAssignmentTarget';

export async function recordNotApplicable(
  db: Database,
  tenantId: string,
  deviceId: string,
  reachingProfileIds: ReadonlySet<string>,
  now: Date,
): Promise<string[]> {
  const [assignments, reported] = await Promise.all([listTenantDeviceConfigurationAssignments(db, tenantId), listDeviceProfileStatuses(db, tenantId, deviceId)]);
  const assigned = assignments.filter((assignment) => assignment.target['@odata.type'] !== EXCLUSION).map((assignment) => assignment.configurationId);
  const notApplicable = [...new Set([...assigned, ...reported.map((status) => status.configurationId)])].filter((id) => !reachingProfileIds.has(id));
  for (const configurationId of notApplicable) {
    await upsertDeviceConfigurationDeviceStatus(db, { configurationId, deviceId, status: 'notApplicable', lastReportedDateTime: now });
  }
  return notApplicable;
}
