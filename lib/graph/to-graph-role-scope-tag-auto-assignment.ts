// Scope tag assignment row -> Graph `roleScopeTagAutoAssignment` JSON: a group target without an assignment filter.
import type { RoleScopeTagAssignmentRow } from '@/lib/db/repositories/role-scope-tag-assignments';

export interface GraphRoleScopeTagAutoAssignment {
  '@odata.type': '#microsoft.graph.roleScopeTagAutoAssignment';
  id: string;
  target: {
    '@odata.type': '#microsoft.graph.groupAssignmentTarget';
    groupId: string;
    deviceAndAppManagementAssignmentFilterId: null;
    deviceAndAppManagementAssignmentFilterType: 'none';
  };
}

export function toGraphRoleScopeTagAutoAssignment(row: RoleScopeTagAssignmentRow): GraphRoleScopeTagAutoAssignment {
  return {
    '@odata.type': '#microsoft.graph.roleScopeTagAutoAssignment',
    id: row.id,
    target: {
      '@odata.type': '#microsoft.graph.groupAssignmentTarget',
      groupId: row.groupId,
      deviceAndAppManagementAssignmentFilterId: null,
      deviceAndAppManagementAssignmentFilterType: 'none',
    },
  };
}
