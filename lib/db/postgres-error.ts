// SQLSTATE of a failed query. drizzle wraps driver errors (DrizzleQueryError.cause); pg and PGlite both put
// `code` and `constraint` on their DatabaseError.
export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';
/** ON DELETE RESTRICT raises this rather than 23503. */
export const RESTRICT_VIOLATION = '23001';
export const NOT_NULL_VIOLATION = '23502';

export interface PostgresErrorInfo {
  code: string;
  constraint?: string;
  column?: string;
}

export function getPostgresError(error: unknown): PostgresErrorInfo | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return undefined;
    const candidate = current as { code?: unknown; constraint?: unknown; column?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        ...(typeof candidate.constraint === 'string' ? { constraint: candidate.constraint } : {}),
        ...(typeof candidate.column === 'string' ? { column: candidate.column } : {}),
      };
    }
    current = candidate.cause;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const info = getPostgresError(error);
  return info?.code === UNIQUE_VIOLATION && (!constraint || info.constraint === constraint);
}

export function isForeignKeyViolation(error: unknown): boolean {
  const code = getPostgresError(error)?.code;
  return code === FOREIGN_KEY_VIOLATION || code === RESTRICT_VIOLATION;
}
