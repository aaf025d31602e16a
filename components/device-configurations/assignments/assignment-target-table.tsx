'use client';
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useAssignmentsStyles } from './assignments.styles';

export interface AssignmentTargetRow {
  key: string;
  name: string;
  onRemove: () => void;
}

/** The Included or Excluded list: one row per group (or All users / All devices), each removable. */
export function AssignmentTargetTable({ label, rows, emptyText }: { label: string; rows: readonly AssignmentTargetRow[]; emptyText: string }) {
  const styles = useAssignmentsStyles();
  if (rows.length === 0) return <Text className={styles.muted}>{emptyText}</Text>;
  return (
    <Table aria-label={label} size="small" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Groups</TableHeaderCell>
          <TableHeaderCell className={styles.removeCell}>
            <span className={styles.muted}>Remove</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell>{row.name}</TableCell>
            <TableCell className={styles.removeCell}>
              <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Remove ${row.name}`} onClick={row.onRemove} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
