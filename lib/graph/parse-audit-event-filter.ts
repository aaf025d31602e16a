// `$filter` of GET deviceManagement/auditEvents: comparisons joined by `and` (OData v4.01 §5.1.1.1 and §5.1.1.2),
// over what the Audit logs blade filters by — activityType eq '…' (the filter Intune's docs show),
// activityDateTime eq|ge|gt|le|lt <date-time>, actor/userPrincipalName or actor/applicationDisplayName eq '…', and
// resources/any(r: r/displayName eq '…') for the target. Anything else is refused with a message naming what works.
import type { AuditEventQuery } from '@/lib/db/repositories/audit-events';
import { GraphError } from './graph-error';

export type AuditEventFilter = Pick<AuditEventQuery, 'activityType' | 'actor' | 'targetDisplayName' | 'activityDateTime'>;

// OData string literal: single quotes, an embedded quote doubled (ABNF SQUOTE-in-string).
const STRING = String.raw`'((?:[^']|'')*)'`;
// OData dateTimeOffset literal: unquoted, with a time zone (ABNF dateTimeOffsetValue).
const DATE_TIME = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2}))`;

type Clause = (match: RegExpExecArray, filter: AuditEventFilter) => void;

const unquote = (literal: string) => literal.replaceAll("''", "'");

const CLAUSES: [RegExp, Clause][] = [
  [new RegExp(String.raw`activityType\s+eq\s+${STRING}`, 'iy'), (match, filter) => (filter.activityType = unquote(match[1]!))],
  [
    new RegExp(String.raw`activityDateTime\s+(eq|ge|gt|le|lt)\s+${DATE_TIME}`, 'iy'),
    (match, filter) => {
      const operator = match[1]!.toLowerCase() as 'eq' | 'ge' | 'gt' | 'le' | 'lt';
      const instant = new Date(match[2]!);
      if (Number.isNaN(instant.getTime())) throw new GraphError('BadRequest', `'${match[2]}' is not a date-time.`);
      const bounds = (filter.activityDateTime ??= {});
      if (operator === 'eq') Object.assign(bounds, { ge: instant, le: instant });
      else bounds[operator] = instant;
    },
  ],
  [new RegExp(String.raw`actor/(?:userPrincipalName|applicationDisplayName)\s+eq\s+${STRING}`, 'iy'), (match, filter) => (filter.actor = unquote(match[1]!))],
  [
    new RegExp(String.raw`resources/any\(\s*(\w+)\s*:\s*\1/displayName\s+eq\s+${STRING}\s*\)`, 'iy'),
    (match, filter) => (filter.targetDisplayName = unquote(match[2]!)),
  ],
];
const AND = /\s+and\s+/iy;

const UNSUPPORTED =
  "use comparisons joined by 'and': activityType eq '…', activityDateTime ge|gt|le|lt|eq 2026-01-31T00:00:00Z, actor/userPrincipalName eq '…', resources/any(r: r/displayName eq '…')";

export function parseAuditEventFilter(text: string): AuditEventFilter {
  const filter: AuditEventFilter = {};
  const source = text.trim();
  let position = 0;
  while (position < source.length) {
    const parsed = CLAUSES.some(([pattern, apply]) => {
      pattern.lastIndex = position;
      const match = pattern.exec(source);
      if (!match) return false;
      apply(match, filter);
      position = pattern.lastIndex;
      return true;
    });
    if (!parsed) throw new GraphError('BadRequest', `Unsupported $filter '${text}': ${UNSUPPORTED}.`);
    if (position === source.length) break;
    AND.lastIndex = position;
    if (!AND.exec(source)) throw new GraphError('BadRequest', `Unsupported $filter '${text}': ${UNSUPPORTED}.`);
    position = AND.lastIndex;
    if (position === source.length) throw new GraphError('BadRequest', `Unsupported $filter '${text}': ${UNSUPPORTED}.`);
  }
  return filter;
}
