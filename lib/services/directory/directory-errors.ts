// The Graph errors directory requests answer with, worded as Microsoft Graph words them.
import 'server-only';
import { GraphError } from '@/lib/graph/graph-error';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Directory ids are GUIDs; checking first keeps a malformed id a 404 instead of a uuid cast error in SQL. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

export function resourceNotFound(id: string): GraphError {
  return new GraphError(
    'ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}
