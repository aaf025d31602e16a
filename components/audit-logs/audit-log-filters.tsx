'use client';
import { Field, Input, Select } from '@fluentui/react-components';
import { AUDIT_ACTIVITY_TYPES, isAuditActivityType, type AuditActivityType } from './audit-activity-types';
import type { AuditEventFilters } from './audit-logs-paths';
import { useAuditLogsStyles } from './audit-logs.styles';

interface AuditLogFiltersProps {
  filters: AuditEventFilters;
  onChange: (change: Partial<Record<keyof AuditEventFilters, string>>) => void;
}

/** The filters above the grid — date range, activity, initiated by, target; the server applies them ($filter). */
export function AuditLogFilters({ filters, onChange }: AuditLogFiltersProps) {
  const styles = useAuditLogsStyles();
  return (
    <div className={styles.filters}>
      <Field label="From" className={styles.dateField}>
        <Input type="date" value={filters.from ?? ''} max={filters.to || undefined} onChange={(_, data) => onChange({ from: data.value })} />
      </Field>
      <Field label="To" className={styles.dateField}>
        <Input type="date" value={filters.to ?? ''} min={filters.from || undefined} onChange={(_, data) => onChange({ to: data.value })} />
      </Field>
      <Field label="Activity" className={styles.activityField}>
        <Select
          className={styles.activity}
          value={filters.activityType ?? ''}
          onChange={(_, data) => onChange({ activityType: isAuditActivityType(data.value) ? (data.value satisfies AuditActivityType) : '' })}
        >
          <option value="">All</option>
          {AUDIT_ACTIVITY_TYPES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Initiated by" className={styles.textField}>
        <Input value={filters.actor ?? ''} placeholder="admin@contoso.local" onChange={(_, data) => onChange({ actor: data.value })} />
      </Field>
      <Field label="Target" className={styles.textField}>
        <Input value={filters.target ?? ''} placeholder="Exact name" onChange={(_, data) => onChange({ target: data.value })} />
      </Field>
    </div>
  );
}
