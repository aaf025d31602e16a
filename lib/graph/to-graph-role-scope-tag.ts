// Scope tag row (or the built-in Default) -> Graph `roleScopeTag` JSON; ids are decimal strings.
import { DEFAULT_SCOPE_TAG } from '@/lib/auth/default-scope-tag';
import type { RoleScopeTagRow } from '@/lib/db/repositories/role-scope-tags';

export interface GraphRoleScopeTag {
  '@odata.type': '#microsoft.graph.roleScopeTag';
  id: string;
  displayName: string;
  description: string | null;
  isBuiltIn: boolean;
}

export function toGraphRoleScopeTag(row: RoleScopeTagRow): GraphRoleScopeTag {
  return { '@odata.type': '#microsoft.graph.roleScopeTag', id: String(row.id), displayName: row.displayName, description: row.description, isBuiltIn: false };
}

export const GRAPH_DEFAULT_SCOPE_TAG: GraphRoleScopeTag = { '@odata.type': '#microsoft.graph.roleScopeTag', ...DEFAULT_SCOPE_TAG, isBuiltIn: true };
