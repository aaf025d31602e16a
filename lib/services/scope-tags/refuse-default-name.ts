import 'server-only';
import { DEFAULT_SCOPE_TAG } from '@/lib/auth/default-scope-tag';
import { GraphError } from '@/lib/graph/graph-error';

/** "Default" names the built-in tag: a second one would make every scope tag picker ambiguous. */
export function refuseDefaultName(displayName: string | undefined): void {
  if (displayName?.toLowerCase() === DEFAULT_SCOPE_TAG.displayName.toLowerCase()) {
    throw new GraphError('Conflict', `A scope tag named '${DEFAULT_SCOPE_TAG.displayName}' already exists (the built-in one).`);
  }
}
