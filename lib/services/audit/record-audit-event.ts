// Every mutating service records who did what to which object (Intune's activity types).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { type AuditActorType, type AuditSummary, insertAuditEvent } from '@/lib/db/repositories/audit-events';

export interface AuditActor {
  tenantId: string;
  type: AuditActorType;
  /** UPN of a user, name of an application, or the system component (e.g. 'SCEP service'). */
  name: string;
}

interface AuditEventInput {
  /** Intune's activity type, e.g. 'Create CloudCertificationAuthority'. */
  activityType: string;
  /** Intune's audit categories; default 'CloudPki'. */
  category?: 'CloudPki' | 'DeviceConfiguration' | 'DirectoryManagement' | 'Role';
  activityOperationType: 'Create' | 'Patch' | 'Delete' | 'Action';
  targetType: string;
  targetId: string;
  targetDisplayName?: string;
  summary?: AuditSummary;
  activityResult?: 'Success' | 'Failure';
}

export function auditActorOf(principal: Principal): AuditActor {
  return {
    tenantId: principal.tenantId,
    type: principal.isApplication ? 'application' : 'user',
    name: principal.userPrincipalName ?? principal.name,
  };
}

export async function recordAuditEvent(db: Database, actor: AuditActor | Principal, event: AuditEventInput): Promise<void> {
  const { tenantId, type, name } = 'permissions' in actor ? auditActorOf(actor) : actor;
  await insertAuditEvent(db, { tenantId, actorType: type, actor: name, ...event });
}
