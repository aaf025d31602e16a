import type { GraphDirectoryObject } from '@/lib/graph/to-graph-directory-object';

const TYPE_LABELS: Record<GraphDirectoryObject['@odata.type'], string> = {
  '#microsoft.graph.user': 'User',
  '#microsoft.graph.device': 'Device',
  '#microsoft.graph.group': 'Group',
};

export function directoryObjectTypeLabel(object: Pick<GraphDirectoryObject, '@odata.type'>): string {
  return TYPE_LABELS[object['@odata.type']];
}

/** The second line an object is recognised by: a user's UPN, a device's OS, a group's description. */
export function directoryObjectDetail(object: GraphDirectoryObject): string {
  switch (object['@odata.type']) {
    case '#microsoft.graph.user':
      return object.userPrincipalName;
    case '#microsoft.graph.device':
      return `${object.operatingSystem} ${object.operatingSystemVersion}`;
    case '#microsoft.graph.group':
      return object.description ?? '';
  }
}
