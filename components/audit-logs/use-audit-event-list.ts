'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { PAGE_SIZE } from '@/components/directory/graph-list-path';
import { useDebouncedValue } from '@/components/directory/use-debounced-value';
import { useUrlSearchParam } from '@/components/use-url-search-param';
import { isAuditActivityType } from './audit-activity-types';
import type { GraphAuditEvent } from './audit-event-format';
import { type AuditEventFilters, auditEventsPath } from './audit-logs-paths';

interface GraphCollection<T> {
  value: T[];
  '@odata.count'?: number;
}

/** The tenant's audit events, newest first, filtered and paged on the server; the filters and page live in the URL. */
export function useAuditEventList() {
  const [activityParam, setActivity] = useUrlSearchParam('activity');
  const [from, setFrom] = useUrlSearchParam('from');
  const [to, setTo] = useUrlSearchParam('to');
  const [actor, setActor] = useUrlSearchParam('actor');
  const [target, setTarget] = useUrlSearchParam('target');
  const [pageParam, setPageParam] = useUrlSearchParam('page');
  // An unknown activity in a hand-edited URL shows everything rather than an empty list with no visible filter.
  const activityType = isAuditActivityType(activityParam) ? activityParam : undefined;
  const filters: AuditEventFilters = React.useMemo(() => ({ activityType, from, to, actor, target }), [activityType, from, to, actor, target]);
  const page = Math.max(1, Number.parseInt(pageParam, 10) || 1);
  // One request per pause in typing a name, not per keystroke.
  const requested = useDebouncedValue(filters);
  const { data, failure, isLoading, reload } = useGraphResource<GraphCollection<GraphAuditEvent>>(auditEventsPath(requested, { page }));

  const totalCount = data?.['@odata.count'] ?? data?.value.length ?? 0;
  const setPage = React.useCallback((next: number) => setPageParam(next > 1 ? String(next) : ''), [setPageParam]);
  // Other filters start at the first page.
  const setFilters = React.useCallback(
    (change: Partial<Record<keyof AuditEventFilters, string>>) => {
      const setters = { activityType: setActivity, from: setFrom, to: setTo, actor: setActor, target: setTarget };
      for (const [name, value] of Object.entries(change)) setters[name as keyof AuditEventFilters](value ?? '');
      setPageParam('');
    },
    [setActivity, setFrom, setTo, setActor, setTarget, setPageParam],
  );

  return {
    items: data?.value,
    totalCount,
    pageCount: Math.max(1, Math.ceil(totalCount / PAGE_SIZE)),
    page,
    setPage,
    filters,
    isFiltered: Object.values(filters).some(Boolean),
    setFilters,
    failure,
    isLoading,
    reload,
  };
}
