'use client';
import { Spinner } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { ListCommands } from '@/components/list-commands';
import { ScopeTagsBlade } from './scope-tags-blade';

export function ScopeTagListLoading() {
  return (
    <ScopeTagsBlade commandBar={<ListCommands createLabel="Create" createIcon={<Add20Regular />} isRefreshing />}>
      <Spinner size="small" label="Loading scope tags…" />
    </ScopeTagsBlade>
  );
}
