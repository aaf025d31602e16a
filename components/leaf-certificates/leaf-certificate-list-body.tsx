'use client';
import { MessageBar, MessageBarBody, MessageBarTitle, Text, type TableColumnDefinition } from '@fluentui/react-components';
import { Pagination } from '@/components/pagination';
import type { GraphLeafCertificate, LeafCertificateStatus } from './graph-leaf-certificate';
import { LEAF_STATUS_LABELS } from './leaf-certificate-format';
import { LeafCertificateGrid } from './leaf-certificate-grid';
import { LEAF_PAGE_SIZE } from './leaf-certificate-list-query';
import { LeafCertificateSkeleton } from './leaf-certificate-skeleton';
import type { LeafCertificateList } from './use-leaf-certificate-list';
import { useLeafCertificateListStyles } from './leaf-certificate-list.styles';

function emptyMessage(status: LeafCertificateStatus | undefined, term: string): string {
  const kind = status ? `${LEAF_STATUS_LABELS[status].toLowerCase()} ` : '';
  if (term) return `No ${kind}certificates match “${term}”.`;
  return status ? `This CA has no ${kind}certificates.` : 'This CA hasn’t issued any certificates yet.';
}

interface LeafCertificateListBodyProps {
  list: LeafCertificateList;
  columns: TableColumnDefinition<GraphLeafCertificate>[];
  isSelectable: boolean;
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
}

/** What the current search, filter and page found: the grid and its pages, or why there is nothing to show. */
export function LeafCertificateListBody({ list, columns, isSelectable, selected, onSelectionChange }: LeafCertificateListBodyProps) {
  const styles = useLeafCertificateListStyles();
  return (
    <>
      {list.failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the certificates</MessageBarTitle>
            {list.failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {list.items === undefined ? (
        list.isLoading && <LeafCertificateSkeleton label="Loading certificates" />
      ) : list.totalCount === 0 ? (
        <Text className={styles.muted}>{emptyMessage(list.status, list.search.trim())}</Text>
      ) : (
        <>
          {list.items.length > 0 ? (
            <LeafCertificateGrid
              items={list.items}
              columns={columns}
              sort={list.sort}
              onSortChange={list.setSort}
              isSelectable={isSelectable}
              selected={selected}
              onSelectionChange={onSelectionChange}
            />
          ) : (
            // A bookmarked page past the end, or the last page after revocations filtered rows away.
            <Text className={styles.muted}>This page is empty.</Text>
          )}
          <Pagination page={list.page} pageCount={list.pageCount} pageSize={LEAF_PAGE_SIZE} totalCount={list.totalCount} onPageChange={list.setPage} />
        </>
      )}
    </>
  );
}
