// The Graph errors role, role assignment and scope tag requests answer with.
import 'server-only';
import { GraphError } from '@/lib/graph/graph-error';
import { getPostgresError, UNIQUE_VIOLATION } from '@/lib/db/postgres-error';

export function notFound(kind: string, id: string): GraphError {
  return new GraphError('ResourceNotFound', `No ${kind} with id '${id}' exists in this tenant.`);
}

export function builtInUnchangeable(kind: string, name: string): GraphError {
  return new GraphError('BadRequest', `'${name}' is a built-in ${kind}: it cannot be changed or deleted.`);
}

/** Runs a write; a unique violation of the name index becomes 409 "a … named … exists". */
export async function withUniqueName<T>(kind: string, name: string | undefined, constraint: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const info = getPostgresError(error);
    if (info?.code === UNIQUE_VIOLATION && info.constraint === constraint) throw new GraphError('Conflict', `A ${kind} named '${name}' already exists.`);
    throw error;
  }
}
