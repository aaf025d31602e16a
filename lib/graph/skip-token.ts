// Graph's $skiptoken: an opaque continuation token in @odata.nextLink. Ours holds where the page ended (its last
// row's order values and id) and the order it was read in, base64url JSON; a token from another order, or one a
// client made up, is a 400, never a query.
import type { KeysetPosition } from '@/lib/db/repositories/keyset';
import { GraphError } from './graph-error';

// A position is a few short values; anything longer was not made here.
const MAX_TOKEN_LENGTH = 2048;

interface SkipTokenBody {
  order: string;
  values: unknown[];
  id: unknown;
}

export function encodeSkipToken(position: KeysetPosition, order: string): string {
  const values = position.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  return Buffer.from(JSON.stringify({ order, values, id: position.id } satisfies SkipTokenBody)).toString('base64url');
}

export const invalidSkipToken = () => new GraphError('BadRequest', 'Invalid $skiptoken: follow the @odata.nextLink of the previous page, with the same $orderby.');

/** The token's values, unchecked beyond their shape: the caller checks they fit its order. */
export function decodeSkipToken(token: string, order: string): { values: unknown[]; id: unknown } {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) throw invalidSkipToken();
  let body: Partial<SkipTokenBody>;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<SkipTokenBody>;
  } catch {
    throw invalidSkipToken();
  }
  if (typeof body !== 'object' || body === null || body.order !== order || !Array.isArray(body.values)) throw invalidSkipToken();
  return { values: body.values, id: body.id };
}
