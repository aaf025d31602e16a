// The $filter the leaf list supports: clauses joined with `and`, each one of
//   certificateStatus eq 'active'                     (several joined with `or`, in parentheses when and-ed)
//   devicePlatform eq 'windows'                       (several joined with `or`)
//   validityEndDateTime le 2027-01-31T00:00:00Z       (lt, le, gt, ge; the literal bare as OData writes it, or quoted)
// e.g. `certificateStatus eq 'active' and validityEndDateTime le 2027-01-31T00:00:00Z`: what expires within a window.
import type { LeafCertificateStatus, LeafValidityEndBound } from '@/lib/db/repositories/leaf-certificates';
import { GraphError } from './graph-error';
import { splitTopLevel, stripParentheses } from './split-odata-expression';

export interface LeafCertificateFilter {
  status?: LeafCertificateStatus[];
  devicePlatform?: string[];
  validityEnd?: LeafValidityEndBound[];
}

const STATUSES: readonly LeafCertificateStatus[] = ['active', 'revoked', 'expired'];
const EQUALS = /^(certificateStatus|devicePlatform)\s+eq\s+'((?:[^']|'')*)'$/i;
const COMPARES = /^validityEndDateTime\s+(lt|le|gt|ge)\s+('?)([0-9T:.+\-Z]{10,40})\2$/i;
// RFC 3339 date-time with an offset, or a date (midnight UTC): OData's dateTimeOffset and date literals.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;
const HELP = "use certificateStatus eq '…' (active, revoked, expired), devicePlatform eq '…' or validityEndDateTime lt|le|gt|ge <date-time>, joined with and";

function unsupported(filter: string, why: string): GraphError {
  return new GraphError('BadRequest', `Unsupported $filter '${filter}': ${why}; ${HELP}.`);
}

function parseDate(filter: string, literal: string): Date {
  const time = DATE_TIME.test(literal) ? Date.parse(literal) : Number.NaN;
  if (Number.isNaN(time)) throw unsupported(filter, `'${literal}' is not a date-time`);
  return new Date(time);
}

export function parseLeafCertificateFilter(filter: string | null): LeafCertificateFilter {
  const result: LeafCertificateFilter = {};
  if (!filter?.trim()) return result;
  for (const conjunct of splitTopLevel(filter, 'and')) {
    const disjuncts = splitTopLevel(stripParentheses(conjunct), 'or').map(stripParentheses);
    const compare = disjuncts.length === 1 ? COMPARES.exec(disjuncts[0] ?? '') : null;
    if (compare) {
      const [, operator = '', , literal = ''] = compare;
      result.validityEnd = [...(result.validityEnd ?? []), { operator: operator.toLowerCase() as LeafValidityEndBound['operator'], value: parseDate(filter, literal) }];
      continue;
    }
    const equals = disjuncts.map((disjunct) => {
      const match = EQUALS.exec(disjunct);
      if (!match) throw unsupported(filter, `'${disjunct}' is not a supported clause`);
      return { property: (match[1] ?? '').toLowerCase(), value: (match[2] ?? '').replaceAll("''", "'") };
    });
    const property = equals[0]?.property;
    if (equals.some((clause) => clause.property !== property)) throw unsupported(filter, 'only clauses on one property may be joined with or');
    const values = equals.map((clause) => clause.value);
    if (property === 'certificatestatus') {
      if (result.status) throw unsupported(filter, 'certificateStatus appears twice');
      const invalid = values.find((value) => !(STATUSES as readonly string[]).includes(value));
      if (invalid !== undefined) throw unsupported(filter, `'${invalid}' is not a certificate status`);
      result.status = values as LeafCertificateStatus[];
    } else {
      if (result.devicePlatform) throw unsupported(filter, 'devicePlatform appears twice');
      result.devicePlatform = values;
    }
  }
  return result;
}
