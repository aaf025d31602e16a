'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { PAGE_SIZE } from '@/components/directory/graph-list-path';
import { useUrlSearchParam } from '@/components/use-url-search-param';
import { isAuditActivityType, type AuditActivityType } from './audit-activity-types';
import type { GraphAuditEvent } from './audit-event-format';
import { auditEventsPath } from './audit-logs-paths';

interface GraphCollection<T> {
  value: T[];
  '@odata.count'?: number;
}

/** The tenant's audit events, newest first, filtered and paged on the server; activity and page live in the URL. */
export function useAuditEventList() {
  const [activityParam, setActivityParam] = useUrlSearchParam('activity');
  const [pageParam, setPageParam] = useUrlSearchParam('page');
  // An unknown activity in a hand-edited URL shows everything rather than an empty list with no visible filter.
  const activity = isAuditActivityType(activityParam) ? activityParam : undefined;
  const page = Math.max(1, Number.parseInt(pageParam, 10) || 1);
  const { data, failure, isLoading, reload } = useGraphResource<GraphCollection<GraphAuditEvent>>(auditEventsPath({ activityType: activity, page }));

  const totalCount = data?.['@odata.count'] ?? data?.value.length ?? 0;
  const setPage = React.useCallback((next: number) => setPageParam(next > 1 ? String(next) : ''), [setPageParam]);
  // Another activity starts at its first page.
  const setActivity = React.useCallback(
    (next: AuditActivityType | undefined) => {
      setActivityParam(next ?? '');
      setPageParam('');
    },
    [setActivityParam, setPageParam],
  );

  return {
    items: data?.value,
    totalCount,
    pageCount: Math.max(1, Math.ceil(totalCount / PAGE_SIZE)),
    page,
    setPage,
    activity,
    setActivity,
    failure,
    isLoading,
    reload,
  };
}
