// The assign API's refusal and acceptance against a real (in-memory) database: the dependency-order checker
// decides, a refusal stores nothing, and the dry run answers the same without storing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '@/lib/db/repositories/audit-events';
import { listDeviceConfigurationAssignments } from '@/lib/db/repositories/device-configuration-assignments';
import { getDeviceConfiguration, type DeviceConfigurationRow } from '@/lib/db/repositories/device-configurations';
import { GraphError } from '@/lib/graph/graph-error';
import { assignDeviceConfiguration } from './assign-device-configuration';
import { checkAssignments, UNSAVED_PROFILE_ID } from './check-assignments';
import { DeploymentOrderError } from './deployment-order-error';
import { createScepProfile, createTestTenant, createTrustProfile, group, scepBody, type TestTenant } from './test-tenant.test-helpers';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

let tenant: TestTenant;
let winRoot: DeviceConfigurationRow;
let winIssuing: DeviceConfigurationRow;
let winScep: DeviceConfigurationRow;

beforeAll(async () => {
  tenant = await createTestTenant();
  winRoot = await createTrustProfile(tenant, 'Win Root', tenant.rootDer);
  winIssuing = await createTrustProfile(tenant, 'Win Issuing', tenant.issuingDer);
  winScep = await createScepProfile(tenant, winRoot.id);
});
afterAll(async () => {
  await tenant.handle.close();
});

const db = () => tenant.handle.db;
const assign = (profileId: string, ...targets: ReturnType<typeof group>[]) => assignDeviceConfiguration(db(), tenant.principal, profileId, targets);
const assignAudits = async () =>
  (await listAuditEvents(db(), { tenantId: tenant.tenantId, activityType: 'Assign DeviceConfiguration' })).totalCount;

describe('assignDeviceConfiguration', () => {
  it('refuses a SCEP assignment the trust profiles do not cover, with a 409 naming each step, and stores nothing', async () => {
    const refusal = await assign(winScep.id, group(tenant.groups.salesDevices)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DeploymentOrderError);
    const error = refusal as DeploymentOrderError;
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/^This change breaks the deployment order/);
    expect(error.message).toContain("Step 5 — The root CA trust profile 'Win Root' does not reach 1 device in group 'Sales devices'");
    const body = error.toBody();
    expect(body.error.code).toBe('Conflict');
    expect(body.error.details).toEqual([
      { code: 'rootTrustCoverage', message: expect.stringMatching(/^Step 5 — The root CA/), target: winScep.id },
      { code: 'issuingTrustCoverage', message: expect.stringMatching(/^Step 5 — The issuing CA/), target: winScep.id },
    ]);
    expect(await listDeviceConfigurationAssignments(db(), winScep.id)).toEqual([]);
    expect(await assignAudits()).toBe(0);
  });

  it('accepts it once both trust profiles reach the same group, and records the assignment', async () => {
    await assign(winRoot.id, group(tenant.groups.salesDevices));
    await assign(winIssuing.id, group(tenant.groups.salesDevices.toUpperCase()));
    const rows = await assign(winScep.id, group(tenant.groups.salesDevices));
    expect(rows.map((row) => [row.target, row.intent])).toEqual([[group(tenant.groups.salesDevices), 'apply']]);
    expect(await assignAudits()).toBe(3);
  });

  it('refuses narrowing a trust profile the SCEP assignment depends on', async () => {
    await expect(assign(winIssuing.id)).rejects.toMatchObject({ status: 409, message: expect.stringContaining("'Win Issuing'") });
    expect((await listDeviceConfigurationAssignments(db(), winIssuing.id)).map((row) => row.target)).toEqual([group(tenant.groups.salesDevices)]);
  });

  it("moves the profile's version and lastModifiedDateTime when the set changes, and only then", async () => {
    const profile = await createTrustProfile(tenant, 'Versioned Root', tenant.rootDer);
    const stored = async () => (await getDeviceConfiguration(db(), wholeTenant(tenant.tenantId), profile.id))!;
    const { salesUsers, salesDevices } = tenant.groups;

    await assign(profile.id, group(salesUsers), group(salesDevices));
    const assigned = await stored();
    expect(assigned.version).toBe(profile.version + 1);
    expect(assigned.lastModifiedDateTime.getTime()).toBeGreaterThan(profile.lastModifiedDateTime.getTime());

    await assign(profile.id, group(salesDevices.toUpperCase()), group(salesUsers));
    expect(await stored()).toMatchObject({ version: assigned.version, lastModifiedDateTime: assigned.lastModifiedDateTime });

    await assign(profile.id);
    expect((await stored()).version).toBe(assigned.version + 1);
  });

  it('answers 400 for a group that is not in the tenant, and 404 for an unknown profile', async () => {
    const unknownGroup = crypto.randomUUID();
    await expect(assign(winRoot.id, group(unknownGroup))).rejects.toMatchObject({
      status: 400,
      message: `The group ${unknownGroup} does not exist in this tenant: choose groups from Groups.`,
    });
    await expect(assign(crypto.randomUUID())).rejects.toMatchObject({ status: 404 });
    await expect(assign('not-a-guid')).rejects.toBeInstanceOf(GraphError);
  });
});

describe('checkAssignments (dry run)', () => {
  it('gives the verdict for a saved profile without storing it', async () => {
    const check = await checkAssignments(db(), wholeTenant(tenant.tenantId), {
      profile: { id: winScep.id },
      assignments: [{ target: group(tenant.groups.salesUsers) }],
    });
    // Sales users reach Alice's iPhone too — not a Windows device — and her PC, which the trust profiles already reach.
    expect(check).toEqual({ allowed: true, problems: [], preexistingProblems: [] });
    expect((await listDeviceConfigurationAssignments(db(), winScep.id)).map((row) => row.target)).toEqual([group(tenant.groups.salesDevices)]);
  });

  it('judges the wizard’s unsaved SCEP profile, named "unsaved" in the problems', async () => {
    const check = await checkAssignments(db(), wholeTenant(tenant.tenantId), {
      profile: scepBody(tenant, winIssuing.id, { displayName: 'Draft' }),
      assignments: [{ target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } }],
    });
    expect(check.allowed).toBe(false);
    expect(check.problems.map((problem) => [problem.code, problem.scepProfileId])).toEqual([
      ['rootCertificateMismatch', UNSAVED_PROFILE_ID],
      ['rootTrustCoverage', UNSAVED_PROFILE_ID],
      ['issuingTrustCoverage', UNSAVED_PROFILE_ID],
    ]);
    expect(check.problems[0]?.message).toContain("select 'Win Root'");
  });

  it('judges an edited saved profile that is relinked as if assigned afresh', async () => {
    const check = await checkAssignments(db(), wholeTenant(tenant.tenantId), {
      profile: { ...scepBody(tenant, winIssuing.id), id: winScep.id },
      assignments: [{ target: group(tenant.groups.salesDevices) }],
    });
    expect(check.problems.map((problem) => problem.code)).toEqual(['rootCertificateMismatch']);
  });

  it('refuses an invalid unsaved profile with the field paths under profile', async () => {
    await expect(
      checkAssignments(db(), wholeTenant(tenant.tenantId), { profile: scepBody(tenant, winRoot.id, { keySize: 'size512' }), assignments: [] }),
    ).rejects.toMatchObject({ status: 400, message: 'profile.keySize: Choose a key size' });
  });
});
