import 'server-only';
import type { GroupRow } from '@/lib/db/repositories/groups';

export function groupAuditSummary(group: GroupRow) {
  return { displayName: group.displayName, description: group.description, mailNickname: group.mailNickname };
}
