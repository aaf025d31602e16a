// The directory as the deployment order sees it (lib/deployment Directory): every user, managed device with its
// platform and primary user, and group with its direct members — the whole tenant at once, because the checker
// walks nested groups and primary users for every profile. Read-only; the directory's own reads and writes live in
// users.ts, groups.ts and managed-devices.ts.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { groupMembers, groups, managedDevices, users } from '../schema';

export interface DeploymentDirectoryRows {
  users: { id: string }[];
  devices: { id: string; platform: (typeof managedDevices.$inferSelect)['devicePlatform']; primaryUserId: string | null }[];
  groups: { id: string; displayName: string; memberIds: string[] }[];
}

export async function loadDeploymentDirectory(db: Database, tenantId: string): Promise<DeploymentDirectoryRows> {
  const [userRows, deviceRows, groupRows, memberRows] = await Promise.all([
    db.select({ id: users.id }).from(users).where(eq(users.tenantId, tenantId)),
    db
      .select({ id: managedDevices.id, platform: managedDevices.devicePlatform, primaryUserId: managedDevices.userId })
      .from(managedDevices)
      .where(eq(managedDevices.tenantId, tenantId))
      .orderBy(asc(managedDevices.id)),
    db
      .select({ id: groups.id, displayName: groups.displayName })
      .from(groups)
      .where(eq(groups.tenantId, tenantId))
      .orderBy(asc(groups.id)),
    db
      .select({ groupId: groupMembers.groupId, memberId: groupMembers.memberId })
      .from(groupMembers)
      .innerJoin(groups, eq(groups.id, groupMembers.groupId))
      .where(eq(groups.tenantId, tenantId)),
  ]);
  const membersByGroup = new Map<string, string[]>();
  for (const { groupId, memberId } of memberRows) {
    const members = membersByGroup.get(groupId);
    if (members) members.push(memberId);
    else membersByGroup.set(groupId, [memberId]);
  }
  return {
    users: userRows,
    devices: deviceRows,
    groups: groupRows.map((group) => ({ ...group, memberIds: membersByGroup.get(group.id) ?? [] })),
  };
}
