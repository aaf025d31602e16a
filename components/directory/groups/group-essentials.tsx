'use client';
import type { GraphGroup } from '@/lib/graph/to-graph-group';
import { Essentials } from '@/components/essentials';
import { formatDateTime } from '../format-date-time';

export function GroupEssentials({ group, memberCount }: { group: GraphGroup; memberCount: number | undefined }) {
  return (
    <Essentials
      entries={[
        { label: 'Group type', value: 'Security' },
        { label: 'Membership type', value: 'Assigned' },
        { label: 'Description', value: group.description || '—' },
        { label: 'Direct members', value: memberCount ?? '—' },
        { label: 'Mail nickname', value: group.mailNickname },
        { label: 'Object ID', value: group.id, isMono: true },
        { label: 'Created', value: formatDateTime(group.createdDateTime) },
      ]}
    />
  );
}
