// Audit row -> Graph `auditEvent`: who (actor), what (activity), on which object (resources).
import 'server-only';
import type { AuditEventRow } from '@/lib/db/repositories/audit-events';

export function toGraphAuditEvent(event: AuditEventRow) {
  return {
    '@odata.type': '#microsoft.graph.auditEvent',
    id: event.id,
    displayName: event.activityType,
    componentName: event.category,
    activity: event.activityType,
    activityType: event.activityType,
    activityOperationType: event.activityOperationType,
    activityResult: event.activityResult,
    activityDateTime: event.activityDateTime.toISOString(),
    correlationId: event.correlationId,
    category: event.category,
    actor: {
      '@odata.type': '#microsoft.graph.auditActor',
      type: event.actorType === 'user' ? 'ItPro' : event.actorType === 'application' ? 'Application' : 'System',
      userPrincipalName: event.actorType === 'user' ? event.actor : null,
      applicationDisplayName: event.actorType === 'application' ? event.actor : null,
      ipAddress: event.actorIpAddress,
    },
    resources: [
      {
        '@odata.type': '#microsoft.graph.auditResource',
        displayName: event.targetDisplayName,
        type: event.targetType,
        resourceId: event.targetId,
        // Graph carries before/after as modifiedProperties; we keep the summary as one JSON value.
        modifiedProperties: [{ displayName: 'Summary', newValue: JSON.stringify(event.summary) }],
      },
    ],
  };
}
