// Every mutating service records who did what to which object (HOUSE.md › Services; spec §1.7 activity types).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { type AuditSummary, insertAuditEvent } from '@/lib/db/repositories/audit-events';

interface AuditEventInput {
  /** Intune's activity type, e.g. 'Create CloudCertificationAuthority'. */
  activityType: string;
  activityOperationType: 'Create' | 'Patch' | 'Delete' | 'Action';
  targetType: string;
  targetId: string;
  targetDisplayName?: string;
  summary?: AuditSummary;
  activityResult?: 'Success' | 'Failure';
}

export async function recordAuditEvent(db: Database, principal: Principal, event: AuditEventInput): Promise<void> {
  await insertAuditEvent(db, {
    tenantId: principal.tenantId,
    actorType: principal.isApplication ? 'application' : 'user',
    actor: principal.userPrincipalName ?? principal.name,
    ...event,
  });
}
