'use client';
import { createTableColumn, TableCellLayout, type TableColumnDefinition } from '@fluentui/react-components';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { RouterLink } from '@/components/router-link';
import { CertificationAuthorityStatusBadge } from './certification-authority-status-badge';
import {
  formatDate,
  KEY_PLATFORM_LABELS,
  rootCommonNameOf,
  STATUS_LABELS,
  TYPE_LABELS,
} from './certification-authority-format';
import { certificationAuthorityPath } from './certification-authority-paths';

type Ca = GraphCloudCertificationAuthority;

const byText = (text: (ca: Ca) => string) => (a: Ca, b: Ca) => text(a).localeCompare(text(b));

export const CERTIFICATION_AUTHORITY_COLUMNS: TableColumnDefinition<Ca>[] = [
  createTableColumn<Ca>({
    columnId: 'displayName',
    compare: byText((ca) => ca.displayName),
    renderHeaderCell: () => 'Name',
    renderCell: (ca) => (
      <TableCellLayout truncate>
        <RouterLink href={certificationAuthorityPath(ca.id)}>{ca.displayName}</RouterLink>
      </TableCellLayout>
    ),
  }),
  createTableColumn<Ca>({
    columnId: 'type',
    compare: byText((ca) => TYPE_LABELS[ca.cloudCertificationAuthorityType]),
    renderHeaderCell: () => 'Type',
    renderCell: (ca) => TYPE_LABELS[ca.cloudCertificationAuthorityType],
  }),
  createTableColumn<Ca>({
    columnId: 'status',
    compare: byText((ca) => STATUS_LABELS[ca.certificationAuthorityStatus]),
    renderHeaderCell: () => 'Status',
    renderCell: (ca) => <CertificationAuthorityStatusBadge status={ca.certificationAuthorityStatus} />,
  }),
  createTableColumn<Ca>({
    columnId: 'rootCommonName',
    compare: byText(rootCommonNameOf),
    renderHeaderCell: () => 'Root common name',
    renderCell: (ca) => <TableCellLayout truncate>{rootCommonNameOf(ca)}</TableCellLayout>,
  }),
  createTableColumn<Ca>({
    columnId: 'validityEnd',
    compare: byText((ca) => ca.validityEndDateTime ?? ''),
    renderHeaderCell: () => 'Validity end',
    renderCell: (ca) => formatDate(ca.validityEndDateTime),
  }),
  createTableColumn<Ca>({
    columnId: 'keyPlatform',
    compare: byText((ca) => KEY_PLATFORM_LABELS[ca.keyPlatform]),
    renderHeaderCell: () => 'Key platform',
    renderCell: (ca) => KEY_PLATFORM_LABELS[ca.keyPlatform],
  }),
];
