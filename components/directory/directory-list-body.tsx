'use client';
import { MessageBar, MessageBarBody, MessageBarTitle, SearchBox, Text, type TableColumnDefinition } from '@fluentui/react-components';
import { Pagination } from '@/components/pagination';
import { DirectoryGrid } from './directory-grid';
import { DirectoryGridSkeleton } from './directory-grid-skeleton';
import { PAGE_SIZE } from './graph-list-path';
import type { PagedGraphList } from './use-paged-graph-list';
import { useDirectoryListStyles } from './directory-list.styles';

interface DirectoryListBodyProps<T> {
  list: PagedGraphList<T>;
  columns: TableColumnDefinition<T>[];
  getRowId: (item: T) => string;
  /** Plural noun for messages and labels, e.g. "users". */
  noun: string;
  searchLabel: string;
  onRowClick?: (item: T) => void;
}

/** Search box, grid and pages of a directory list blade; the blade around it brings the title and commands. */
export function DirectoryListBody<T>({ list, columns, getRowId, noun, searchLabel, onRowClick }: DirectoryListBodyProps<T>) {
  const styles = useDirectoryListStyles();
  const term = list.search.trim();
  return (
    <>
      <SearchBox
        aria-label={searchLabel}
        placeholder={searchLabel}
        value={list.search}
        onChange={(_, change) => list.setSearch(change.value)}
        className={styles.search}
      />
      {list.failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the {noun}</MessageBarTitle>
            {list.failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {list.items === undefined ? (
        list.isLoading && <DirectoryGridSkeleton label={`Loading ${noun}`} />
      ) : list.totalCount === 0 ? (
        <Text className={styles.muted}>{term ? `No ${noun} match “${term}”.` : `There are no ${noun} yet.`}</Text>
      ) : (
        <>
          {list.items.length > 0 ? (
            <DirectoryGrid items={list.items} columns={columns} getRowId={getRowId} ariaLabel={capitalize(noun)} onRowClick={onRowClick} />
          ) : (
            // A bookmarked page past the end, or the last page after deletions.
            <Text className={styles.muted}>This page is empty.</Text>
          )}
          <Pagination page={list.page} pageCount={list.pageCount} pageSize={PAGE_SIZE} totalCount={list.totalCount} onPageChange={list.setPage} />
        </>
      )}
    </>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
