'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { useUrlSearchParam } from '@/components/use-url-search-param';
import { graphListPath, PAGE_SIZE } from './graph-list-path';
import { useDebouncedValue } from './use-debounced-value';

interface GraphCollection<T> {
  value: T[];
  '@odata.count'?: number;
}

/** A server-searched, server-paged Graph collection whose search and page live in the URL (?search=&page=). */
export function usePagedGraphList<T>(collection: string, { expand }: { expand?: string } = {}) {
  const [search, setSearchParam] = useUrlSearchParam('search');
  const [pageParam, setPageParam] = useUrlSearchParam('page');
  const page = Math.max(1, Number.parseInt(pageParam, 10) || 1);
  const debouncedSearch = useDebouncedValue(search);
  const { data, failure, isLoading, reload } = useGraphResource<GraphCollection<T>>(
    graphListPath(collection, { search: debouncedSearch, page, expand }),
  );

  const totalCount = data?.['@odata.count'] ?? data?.value.length ?? 0;
  const setPage = React.useCallback((next: number) => setPageParam(next > 1 ? String(next) : ''), [setPageParam]);
  // A new search starts at its first page.
  const setSearch = React.useCallback(
    (next: string) => {
      setSearchParam(next);
      setPageParam('');
    },
    [setSearchParam, setPageParam],
  );

  return {
    items: data?.value,
    totalCount,
    pageCount: Math.max(1, Math.ceil(totalCount / PAGE_SIZE)),
    page,
    setPage,
    search,
    setSearch,
    failure,
    isLoading,
    reload,
  };
}

export type PagedGraphList<T> = ReturnType<typeof usePagedGraphList<T>>;
