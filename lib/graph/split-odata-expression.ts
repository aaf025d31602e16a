// Splitting a boolean OData $filter into its clauses without a grammar: `and`/`or` count only outside
// parentheses and outside '…' literals (where '' is a quote, OData ABNF). Linear scans, no backtracking regex.
import { GraphError } from './graph-error';

// Longer than any filter the portal or an SDK writes; bounds the work a hostile one can ask for.
export const MAX_FILTER_LENGTH = 1000;

function scanFailure(text: string, why: string): GraphError {
  return new GraphError('BadRequest', `Invalid $filter '${text}': ${why}.`);
}

/** The parts of `text` between top-level occurrences of ` <keyword> ` (case-insensitive), trimmed. */
export function splitTopLevel(text: string, keyword: 'and' | 'or'): string[] {
  if (text.length > MAX_FILTER_LENGTH) throw scanFailure(text.slice(0, 40) + '…', `longer than ${MAX_FILTER_LENGTH} characters`);
  const separator = new RegExp(`\\s+${keyword}\\s+`, 'iy');
  const parts: string[] = [];
  let depth = 0;
  let isQuoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "'") isQuoted = !isQuoted;
    if (isQuoted) continue;
    if (char === '(') depth++;
    if (char === ')' && --depth < 0) throw scanFailure(text, 'unbalanced parentheses');
    if (depth === 0 && /\s/.test(char ?? '')) {
      separator.lastIndex = index;
      if (separator.test(text)) {
        parts.push(text.slice(start, index).trim());
        start = separator.lastIndex;
        index = start - 1;
      }
    }
  }
  if (isQuoted) throw scanFailure(text, 'unterminated string literal');
  if (depth !== 0) throw scanFailure(text, 'unbalanced parentheses');
  parts.push(text.slice(start).trim());
  return parts;
}

/** `((a eq 1))` → `a eq 1`; `(a) and (b)` stays as it is, its first parenthesis closing before the end. */
export function stripParentheses(text: string): string {
  let inner = text.trim();
  while (inner.startsWith('(') && closingParenthesis(inner) === inner.length - 1) inner = inner.slice(1, -1).trim();
  return inner;
}

/** The index of the parenthesis closing the one at index 0 (quotes respected), or -1. */
function closingParenthesis(text: string): number {
  let depth = 0;
  let isQuoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "'") isQuoted = !isQuoted;
    if (isQuoted) continue;
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) return index;
  }
  return -1;
}
