// POST deviceConfigurations/checkAssignments — a portal addition: the verdict `assign` would give, without storing
// anything, for a saved profile (`{ id }`) or the unsaved profile of the wizard (its Graph JSON; with the `id` of a
// saved profile it stands for that profile's edited version). The wizard's review page shows it before submit.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { getDeviceConfiguration } from '@/lib/db/repositories/device-configurations';
import { checkAssignmentChange } from '@/lib/deployment/check-assignment-change';
import type { AssignmentCheck, DeploymentProfile, DeploymentSnapshot } from '@/lib/deployment/types';
import { GraphError } from '@/lib/graph/graph-error';
import { zodIssuesMessage } from '@/lib/graph/zod-issues-message';
import type { TCheckAssignments } from '@/lib/schemas/device-configuration/assignment';
import { deviceConfigurationTypeOf, ZCreateDeviceConfiguration } from '@/lib/schemas/device-configuration/device-configuration';
import { ROOT_CERTIFICATE_BIND } from '@/lib/schemas/device-configuration/root-certificate-bind';
import { normalizeTargets } from './assign-device-configuration';
import { buildDeploymentSnapshot } from './build-deployment-snapshot';
import { deviceConfigurationColumnsOf } from './device-configuration-columns';
import { ensureAssignedGroupsExist } from './ensure-assigned-groups-exist';
import { getDeviceConfigurationOrThrow, isGuid } from './get-device-configuration-or-throw';
import { resolveScepProfileLinks } from './resolve-scep-profile-links';
import { toDeploymentTarget } from './to-deployment-snapshot-parts';
import { type TenantScope, wholeTenant } from '@/lib/db/repositories/tenant-scope';

/** The id problems of an unsaved profile carry as `scepProfileId`. */
export const UNSAVED_PROFILE_ID = 'unsaved';

/** The wizard's profile as the checker sees it; links that do not resolve are left out, and the checker says so. */
async function unsavedProfile(db: Database, scope: TenantScope, body: Record<string, unknown>, id: string): Promise<DeploymentProfile> {
  const parsed = ZCreateDeviceConfiguration.safeParse(body);
  if (!parsed.success) {
    throw new GraphError('BadRequest', zodIssuesMessage(parsed.error.issues.map((issue) => ({ ...issue, path: ['profile', ...issue.path] }))));
  }
  const profile = parsed.data;
  const type = deviceConfigurationTypeOf(profile['@odata.type']);
  if (!type) throw new GraphError('BadRequest', `profile.@odata.type: unsupported type ${profile['@odata.type']}`);
  const common = { id, displayName: profile.displayName, platform: type.platform, assignments: [] };
  if (!(ROOT_CERTIFICATE_BIND in profile)) {
    return { ...common, kind: 'trustedCertificate', certificateThumbprint: deviceConfigurationColumnsOf(profile).certificateThumbprint ?? '' };
  }
  const links = await resolveScepProfileLinks(
    db,
    scope,
    { platform: type.platform, rootCertificateBind: profile[ROOT_CERTIFICATE_BIND], caFields: profile },
    new Date(),
  );
  return {
    ...common,
    kind: 'scep',
    ...(links.issuingCaId && { issuingCaId: links.issuingCaId }),
    ...(links.rootCertificateProfileId && { rootCertificateProfileId: links.rootCertificateProfileId }),
  };
}

export async function checkAssignments(db: Database, scope: TenantScope, request: TCheckAssignments): Promise<AssignmentCheck> {
  const targets = normalizeTargets(request.assignments.map((assignment) => assignment.target));
  await ensureAssignedGroupsExist(db, scope.tenantId, targets);
  // The verdict assign would give: over the whole tenant's deployment order, as assign judges it.
  const snapshot = await buildDeploymentSnapshot(db, wholeTenant(scope.tenantId));
  const givenId = typeof request.profile.id === 'string' ? request.profile.id : undefined;

  let profileId: string;
  let judged: DeploymentSnapshot = snapshot;
  if (request.profile['@odata.type'] === undefined) {
    if (!givenId) throw new GraphError('BadRequest', 'profile: give the id of a saved profile, or the Graph JSON of an unsaved one');
    profileId = (await getDeviceConfigurationOrThrow(db, scope, givenId)).id;
  } else {
    // A saved profile out of the caller's scope is not theirs to edit: its id counts as unsaved.
    const inScope = givenId && isGuid(givenId) ? await getDeviceConfiguration(db, scope, givenId.toLowerCase()) : undefined;
    const saved = inScope ? snapshot.profiles.find((profile) => profile.id === inScope.id) : undefined;
    profileId = saved?.id ?? UNSAVED_PROFILE_ID;
    const draft = await unsavedProfile(db, scope, request.profile, profileId);
    // An edited saved profile keeps its current assignments as "before" — unless the edit relinks a SCEP profile:
    // then, as PATCH does (check-profile-update.ts), it is judged as if assigned afresh. A new one starts with none.
    const relinked =
      saved?.kind === 'scep' &&
      draft.kind === 'scep' &&
      (saved.issuingCaId !== draft.issuingCaId || saved.rootCertificateProfileId !== draft.rootCertificateProfileId);
    const edited = { ...draft, assignments: saved && !relinked ? saved.assignments : [] };
    judged = {
      ...snapshot,
      profiles: saved ? snapshot.profiles.map((profile) => (profile.id === saved.id ? edited : profile)) : [...snapshot.profiles, edited],
    };
  }
  return checkAssignmentChange(judged, { kind: 'setAssignments', profileId, assignments: targets.map(toDeploymentTarget) });
}
