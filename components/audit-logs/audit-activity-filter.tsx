'use client';
import { Field, Select } from '@fluentui/react-components';
import { AUDIT_ACTIVITY_TYPES, isAuditActivityType, type AuditActivityType } from './audit-activity-types';
import { useAuditLogsStyles } from './audit-logs.styles';

interface AuditActivityFilterProps {
  activity: AuditActivityType | undefined;
  onActivityChange: (activity: AuditActivityType | undefined) => void;
}

/** The Activity filter above the grid; the server applies it ($filter=activityType eq '…'). */
export function AuditActivityFilter({ activity, onActivityChange }: AuditActivityFilterProps) {
  const styles = useAuditLogsStyles();
  return (
    <div className={styles.filters}>
      <Field label="Activity" orientation="horizontal" className={styles.activityField}>
        <Select
          className={styles.activity}
          value={activity ?? ''}
          onChange={(_, data) => onActivityChange(isAuditActivityType(data.value) ? data.value : undefined)}
        >
          <option value="">All</option>
          {AUDIT_ACTIVITY_TYPES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
