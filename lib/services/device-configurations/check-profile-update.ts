// An update that changes what a profile deploys goes through the dependency-order checker too:
// - a trusted certificate profile whose certificate is replaced stops installing the old CA certificate, which
//   for the deployment order is the same as deleting it, so the delete check applies;
// - an assigned SCEP profile pointed at another issuing CA or Root Certificate must be sound with the new links,
//   judged as if it were being assigned afresh: every problem it would have refuses.
import 'server-only';
import type { Database } from '@/lib/db/database';
import type { DeviceConfigurationRow } from '@/lib/db/repositories/device-configurations';
import { checkAssignmentChange } from '@/lib/deployment/check-assignment-change';
import { isIncluded } from '@/lib/deployment/devices-reached-by';
import { buildDeploymentSnapshot } from './build-deployment-snapshot';
import { DeploymentOrderError } from './deployment-order-error';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

export interface DeployedLinks {
  certificateThumbprint: string | null;
  issuingCaId: string | null;
  rootCertificateProfileId: string | null;
}

const sameThumbprint = (a: string | null, b: string | null) => (a ?? '').toUpperCase() === (b ?? '').toUpperCase();

export async function checkProfileUpdate(db: Database, before: DeviceConfigurationRow, next: DeployedLinks): Promise<void> {
  if (before.kind === 'trustedCertificate') {
    if (sameThumbprint(before.certificateThumbprint, next.certificateThumbprint)) return;
    const snapshot = await buildDeploymentSnapshot(db, wholeTenant(before.tenantId));
    const check = checkAssignmentChange(snapshot, { kind: 'deleteProfile', profileId: before.id });
    if (!check.allowed) {
      const lead = `Replacing the certificate of trusted certificate profile '${before.displayName}' removes the current CA certificate from the devices it reaches.`;
      throw new DeploymentOrderError(check.problems, lead);
    }
    return;
  }

  if (before.issuingCaId === next.issuingCaId && before.rootCertificateProfileId === next.rootCertificateProfileId) return;
  const snapshot = await buildDeploymentSnapshot(db, wholeTenant(before.tenantId));
  const current = snapshot.profiles.find((profile) => profile.id === before.id);
  if (!current || !current.assignments.some(isIncluded)) return; // unassigned SCEP profiles are inert
  const relinked = {
    ...snapshot,
    profiles: snapshot.profiles.map((profile) =>
      profile.id === before.id
        ? {
            ...profile,
            assignments: [],
            issuingCaId: next.issuingCaId ?? undefined,
            rootCertificateProfileId: next.rootCertificateProfileId ?? undefined,
          }
        : profile,
    ),
  };
  const check = checkAssignmentChange(relinked, { kind: 'setAssignments', profileId: before.id, assignments: current.assignments });
  if (!check.allowed) throw new DeploymentOrderError(check.problems);
}
