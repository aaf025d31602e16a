'use client';
import * as React from 'react';
import { useDebouncedValue } from '@/components/directory/use-debounced-value';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { useUrlSearchParam } from '@/components/use-url-search-param';
import type { GraphLeafCertificate, LeafCertificateStatus } from './graph-leaf-certificate';
import { isLeafCertificateStatus } from './leaf-certificate-format';
import { formatSort, LEAF_PAGE_SIZE, leafCertificateListPath, type LeafSort, parseSort } from './leaf-certificate-list-query';
import { graphLeafCertificatesPath } from './leaf-certificate-paths';

interface GraphCollection<T> {
  value: T[];
  '@odata.count'?: number;
}

/** One CA's certificates with ?search=&status=&sort=&page= in the URL; every change but paging starts at page 1. */
export function useLeafCertificateList(caId: string) {
  const [search, setSearchParam] = useUrlSearchParam('search');
  const [statusParam, setStatusParam] = useUrlSearchParam('status');
  const [sortParam, setSortParam] = useUrlSearchParam('sort');
  const [pageParam, setPageParam] = useUrlSearchParam('page');
  const status: LeafCertificateStatus | undefined = isLeafCertificateStatus(statusParam) ? statusParam : undefined;
  const sort = parseSort(sortParam);
  const page = Math.max(1, Number.parseInt(pageParam, 10) || 1);
  const debouncedSearch = useDebouncedValue(search);
  const path = leafCertificateListPath(graphLeafCertificatesPath(caId), { search: debouncedSearch, status, sort, page });
  const { data, failure, isLoading, reload } = useGraphResource<GraphCollection<GraphLeafCertificate>>(path);

  const totalCount = data?.['@odata.count'] ?? data?.value.length ?? 0;
  const firstPage = () => setPageParam('');
  const setPage = React.useCallback((next: number) => setPageParam(next > 1 ? String(next) : ''), [setPageParam]);

  return {
    /** The Graph request of the current view: a new one means other rows, so selections reset on it. */
    path,
    items: data?.value,
    totalCount,
    pageCount: Math.max(1, Math.ceil(totalCount / LEAF_PAGE_SIZE)),
    page,
    setPage,
    search,
    setSearch: (next: string) => {
      setSearchParam(next);
      firstPage();
    },
    status,
    setStatus: (next: LeafCertificateStatus | undefined) => {
      setStatusParam(next ?? '');
      firstPage();
    },
    sort,
    setSort: (next: LeafSort) => {
      setSortParam(formatSort(next));
      firstPage();
    },
    failure,
    isLoading,
    reload,
  };
}

export type LeafCertificateList = ReturnType<typeof useLeafCertificateList>;
