'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
} from '@fluentui/react-components';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { CERTIFICATION_AUTHORITY_COLUMNS } from './certification-authority-columns';
import { certificationAuthorityPath } from './certification-authority-paths';
import { useCertificationAuthorityListStyles } from './certification-authority-list.styles';

type Ca = GraphCloudCertificationAuthority;

export function CertificationAuthorityGrid({ items }: { items: readonly Ca[] }) {
  const styles = useCertificationAuthorityListStyles();
  const router = useRouter();

  // A click anywhere on the row opens the CA, as in the admin center; the name link already handled its own clicks.
  const openRow = (ca: Ca) => (event: React.MouseEvent) => {
    if (!event.defaultPrevented) router.push(certificationAuthorityPath(ca.id));
  };

  return (
    <DataGrid
      items={[...items]}
      columns={CERTIFICATION_AUTHORITY_COLUMNS}
      getRowId={(ca: Ca) => ca.id}
      sortable
      defaultSortState={{ sortColumn: 'displayName', sortDirection: 'ascending' }}
      focusMode="composite"
      aria-label="Certification authorities"
      className={styles.grid}
    >
      <DataGridHeader>
        <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
      </DataGridHeader>
      <DataGridBody<Ca>>
        {({ item, rowId }) => (
          // Named after the CA alone: an issuing CA's row also shows its root's name, which made rows ambiguous.
          <DataGridRow<Ca> key={rowId} onClick={openRow(item)} aria-label={item.displayName} data-testid={`ca-row-${item.id}`}>
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
