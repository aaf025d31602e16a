// The demo tenant's users, managed devices and groups (listed in demo-directory.ts), so that profiles can be
// assigned and devices enroll from the first start. Seeds once per tenant: afterwards the directory belongs to the
// administrator, and a restart must not bring back what they deleted. The admin and reader accounts are untouched.
// No 'server-only' here: server.ts runs it under tsx, where that package throws.
import type { Database } from '@/lib/db/database';
import { addGroupMember, insertGroupIfAbsent } from '@/lib/db/repositories/groups';
import { countManagedDevices, insertManagedDeviceIfAbsent } from '@/lib/db/repositories/managed-devices';
import { findUserByPrincipalName, insertUserIfAbsent, type UserRow } from '@/lib/db/repositories/users';
import { mailNicknameOf } from '@/lib/schemas/group';
import { DEMO_DEVICES, DEMO_GROUPS, DEMO_USERS, type DemoDevice, demoUserPrincipalName } from './demo-directory';
import { nameBasedUuid } from './name-based-uuid';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Idempotent, and safe when several instances start at once: fixed ids and ON CONFLICT DO NOTHING throughout. */
export async function seedDemoDirectory(db: Database, tenantId: string, now = new Date()): Promise<void> {
  // Devices cannot be deleted through the API, so "has devices" reliably means "seeded before".
  if ((await countManagedDevices(db, tenantId)) > 0) return;
  // One transaction: a start that fails half-way leaves nothing, and the next start seeds everything.
  await db.transaction(async (tx) => {
    const usersByGivenName = await seedUsers(tx, tenantId);
    const userOf = (givenName: string): UserRow => {
      const user = usersByGivenName.get(givenName);
      if (!user) throw new Error(`demo-directory.ts names an unknown user '${givenName}'`);
      return user;
    };
    const deviceIdOf = (device: DemoDevice) => nameBasedUuid(tenantId, `device:${device.deviceName}`);
    const groupIdOf = (displayName: string) => nameBasedUuid(tenantId, `group:${displayName}`);

    for (const device of DEMO_DEVICES) {
      const user = device.user === undefined ? undefined : userOf(device.user);
      await insertManagedDeviceIfAbsent(tx, {
        id: deviceIdOf(device),
        tenantId,
        deviceName: device.deviceName,
        operatingSystem: device.operatingSystem,
        devicePlatform: device.devicePlatform,
        osVersion: device.osVersion,
        serialNumber: device.serialNumber,
        imei: device.imei ?? null,
        wifiMacAddress: device.wifiMacAddress,
        azureAdDeviceId: nameBasedUuid(tenantId, `entra-device:${device.deviceName}`),
        userId: user?.id ?? null,
        userPrincipalName: user?.userPrincipalName ?? null,
        enrolledDateTime: new Date(now.getTime() - device.enrolledDaysAgo * DAY),
        lastSyncDateTime: new Date(now.getTime() - device.lastSyncHoursAgo * HOUR),
      });
    }

    for (const group of DEMO_GROUPS) {
      await insertGroupIfAbsent(tx, {
        id: groupIdOf(group.displayName),
        tenantId,
        displayName: group.displayName,
        description: group.description,
        mailNickname: mailNicknameOf(group.displayName),
      });
    }
    for (const group of DEMO_GROUPS) {
      const groupId = groupIdOf(group.displayName);
      const members = [
        ...(group.users ?? []).map((name) => ({ memberId: userOf(name).id, memberType: 'user' as const })),
        ...DEMO_DEVICES.filter((device) => group.devices?.(device)).map((device) => ({
          memberId: deviceIdOf(device),
          memberType: 'device' as const,
        })),
        ...(group.groups ?? []).map((name) => ({ memberId: groupIdOf(name), memberType: 'group' as const })),
      ];
      for (const member of members) await addGroupMember(tx, { groupId, ...member });
    }
  });
}

/** The demo users by given name; a UPN that already exists (made by hand, or by a racing instance) is reused. */
async function seedUsers(db: Database, tenantId: string): Promise<Map<string, UserRow>> {
  const seeded = new Map<string, UserRow>();
  for (const user of DEMO_USERS) {
    const userPrincipalName = demoUserPrincipalName(user);
    const row =
      (await insertUserIfAbsent(db, {
        tenantId,
        userPrincipalName,
        displayName: `${user.givenName} ${user.surname}`,
        givenName: user.givenName,
        surname: user.surname,
        mail: userPrincipalName,
        // No password and no role: they appear in the directory but sign in only once an administrator sets a password.
        passwordHash: null,
        roles: [],
      })) ?? (await findUserByPrincipalName(db, tenantId, userPrincipalName));
    if (!row) throw new Error(`The demo user ${userPrincipalName} was neither inserted nor found.`);
    seeded.set(user.givenName, row);
  }
  return seeded;
}
