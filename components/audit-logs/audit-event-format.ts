// How an audit event reads in the grid and its details: who started it, what it touched, what changed.
import type { toGraphAuditEvent } from '@/lib/graph/to-graph-audit-event';

export type GraphAuditEvent = ReturnType<typeof toGraphAuditEvent>;

/** The user's UPN, the application's name, or "System" for the portal's own jobs. */
export function initiatedBy(event: GraphAuditEvent): string {
  return event.actor.userPrincipalName ?? event.actor.applicationDisplayName ?? 'System';
}

/** The first resource's name, as the admin center's Target column shows it. */
export function targetOf(event: GraphAuditEvent): string {
  return event.resources[0]?.displayName ?? '—';
}

/** A modified property's value, pretty-printed when it is JSON (our Summary always is). */
export function formatPropertyValue(value: string): string {
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}
