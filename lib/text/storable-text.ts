// Text the portal can store and show: PostgreSQL `text` cannot hold U+0000 ("invalid byte sequence for encoding
// UTF8: 0x00"), and a lone UTF-16 surrogate has no UTF-8 encoding at all (node-postgres would silently store
// U+FFFD instead). Such text is refused where it enters — SCEP attributes and CSRs, Graph bodies and queries —
// rather than failing as a 500 deep in a repository.

export function isStorableText(value: string): boolean {
  return !value.includes('\0') && value.isWellFormed();
}

/** The first string anywhere in a JSON value (keys included) that is not storable, or undefined. */
export function findUnstorableText(value: unknown): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnstorableText(item);
      if (found !== undefined) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(key) ?? findUnstorableText(item);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
