'use client';
import { Field, SearchBox, Select } from '@fluentui/react-components';
import type { LeafCertificateStatus } from './graph-leaf-certificate';
import { isLeafCertificateStatus, LEAF_STATUS_LABELS, LEAF_STATUSES } from './leaf-certificate-format';
import { useLeafCertificateListStyles } from './leaf-certificate-list.styles';

const LEAF_SEARCH_LABEL = 'Search by subject, serial number, thumbprint, device or user';

interface LeafCertificateFiltersProps {
  search: string;
  onSearchChange: (search: string) => void;
  status: LeafCertificateStatus | undefined;
  onStatusChange: (status: LeafCertificateStatus | undefined) => void;
}

/** The search box and the status filter above the grid; both are applied by the server. */
export function LeafCertificateFilters({ search, onSearchChange, status, onStatusChange }: LeafCertificateFiltersProps) {
  const styles = useLeafCertificateListStyles();
  return (
    <div className={styles.filters}>
      <SearchBox
        aria-label={LEAF_SEARCH_LABEL}
        placeholder={LEAF_SEARCH_LABEL}
        value={search}
        onChange={(_, change) => onSearchChange(change.value)}
        className={styles.search}
      />
      <Field label="Status" orientation="horizontal">
        <Select
          className={styles.status}
          value={status ?? ''}
          onChange={(_, data) => onStatusChange(isLeafCertificateStatus(data.value) ? data.value : undefined)}
        >
          <option value="">All</option>
          {LEAF_STATUSES.map((value) => (
            <option key={value} value={value}>
              {LEAF_STATUS_LABELS[value]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
