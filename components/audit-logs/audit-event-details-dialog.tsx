'use client';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { formatDateTime } from '@/components/directory/format-date-time';
import { formatPropertyValue, initiatedBy, targetOf, type GraphAuditEvent } from './audit-event-format';
import { useAuditLogsStyles } from './audit-logs.styles';

/** One audit event: who did what to which object, and the before/after summary the service recorded. */
export function AuditEventDetailsDialog({ event, onClose }: { event: GraphAuditEvent | undefined; onClose: () => void }) {
  const styles = useAuditLogsStyles();
  return (
    <Dialog open={event !== undefined} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        {event && (
          <DialogBody>
            <DialogTitle>{event.activityType}</DialogTitle>
            <DialogContent>
              <dl className={styles.properties}>
                {[
                  ['Date', formatDateTime(event.activityDateTime)],
                  ['Result', event.activityResult],
                  ['Category', event.category],
                  ['Operation', event.activityOperationType],
                  ['Initiated by', initiatedBy(event)],
                  ['Target', targetOf(event)],
                  ['Target ID', event.resources[0]?.resourceId ?? '—'],
                ].map(([term, value]) => (
                  <div key={term} className={styles.propertyRow}>
                    <dt className={styles.term}>{term}</dt>
                    <dd className={styles.value}>{value}</dd>
                  </div>
                ))}
              </dl>
              {event.resources.flatMap((resource) =>
                resource.modifiedProperties.map((property) => (
                  <div key={`${resource.resourceId}-${property.displayName}`}>
                    <Subtitle2 as="h3">{property.displayName}</Subtitle2>
                    {/* A focusable region: the JSON may scroll, and keyboard users must reach all of it. */}
                    <pre className={styles.json} tabIndex={0} role="region" aria-label={`${property.displayName} JSON`}>
                      {formatPropertyValue(property.newValue)}
                    </pre>
                  </div>
                )),
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={onClose}>
                Close
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
