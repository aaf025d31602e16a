'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { GRAPH_ROLE_SCOPE_TAGS } from './scope-tag-paths';

export interface GraphRoleScopeTag {
  id: string;
  displayName: string;
  description: string | null;
  isBuiltIn: boolean;
}

/** The tenant's scope tags as Graph lists them (Default, id "0", first): for the blade and every scope tag picker. */
export function useRoleScopeTags() {
  const { data, failure, isLoading, reload } = useGraphResource<{ value: GraphRoleScopeTag[] }>(GRAPH_ROLE_SCOPE_TAGS);
  const tags = React.useMemo(() => data?.value ?? [], [data]);
  /** Names for ids; an id no tag has (deleted meanwhile) is shown as itself. */
  const tagNames = React.useCallback((ids: readonly string[]) => ids.map((id) => tags.find((tag) => tag.id === id)?.displayName ?? id).join(', '), [tags]);
  return { tags, isLoaded: data !== undefined, tagNames, failure, isLoading, reload };
}
