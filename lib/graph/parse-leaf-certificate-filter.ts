// The $filter the leaf list supports: clauses joined with `and`, each one of
//   certificateStatus eq 'active'                     (several joined with `or`, in parentheses when and-ed)
//   devicePlatform eq 'windows'                       (several joined with `or`)
//   validityEndDateTime le 2027-01-31T00:00:00Z       (lt, le, gt, ge; the literal bare as OData writes it, or quoted)
//   startswith(subjectName,'CN=LAPTOP-')              (also deviceName, userPrincipalName, serialNumber, thumbprint)
//   serialNumber eq '4F…'    deviceId eq '<GUID>'
// e.g. `certificateStatus eq 'active' and validityEndDateTime le 2027-01-31T00:00:00Z`: what expires within a window.
// Each is an index range at a million certificates (lib/db/repositories/leaf-certificate-list.ts).
import type { LeafCertificateFilter, LeafCertificatePrefixField, LeafValidityEndBound } from '@/lib/db/repositories/leaf-certificate-list';
import type { LeafCertificateStatus } from '@/lib/db/repositories/leaf-certificates';
import { GraphError } from './graph-error';
import { splitTopLevel, stripParentheses } from './split-odata-expression';

export type LeafFilterParts = Pick<LeafCertificateFilter, 'devicePlatform' | 'validityEnd' | 'prefixes' | 'serialNumber' | 'deviceId'> & {
  status?: LeafCertificateStatus[];
};

const STATUSES: readonly LeafCertificateStatus[] = ['active', 'revoked', 'expired'];
const EQUALS = /^(certificateStatus|devicePlatform)\s+eq\s+'((?:[^']|'')*)'$/i;
const COMPARES = /^validityEndDateTime\s+(lt|le|gt|ge)\s+('?)([0-9T:.+\-Z]{10,40})\2$/i;
// RFC 3339 date-time with an offset, or a date (midnight UTC): OData's dateTimeOffset and date literals.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;
const STARTS_WITH = /^startswith\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)$/i;
const SERIAL_NUMBER = /^serialNumber\s+eq\s+'([0-9a-f]{1,40})'$/i;
const DEVICE_ID = /^deviceId\s+eq\s+'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'$/i;
const PREFIX_FIELDS: Record<string, LeafCertificatePrefixField> = {
  subjectname: 'subjectName',
  devicename: 'deviceName',
  userprincipalname: 'userPrincipalName',
  serialnumber: 'serialNumber',
  thumbprint: 'thumbprint',
};
const HELP =
  "use certificateStatus eq '…' (active, revoked, expired), devicePlatform eq '…', validityEndDateTime lt|le|gt|ge <date-time>, " +
  "startswith(subjectName|deviceName|userPrincipalName|serialNumber|thumbprint,'…'), serialNumber eq '…' or deviceId eq '…', joined with and";

function unsupported(filter: string, why: string): GraphError {
  return new GraphError('BadRequest', `Unsupported $filter '${filter}': ${why}; ${HELP}.`);
}

function parseDate(filter: string, literal: string): Date {
  const time = DATE_TIME.test(literal) ? Date.parse(literal) : Number.NaN;
  if (Number.isNaN(time)) throw unsupported(filter, `'${literal}' is not a date-time`);
  return new Date(time);
}

/** startswith(…), serialNumber eq and deviceId eq: a clause of its own (never or-ed); false when it is none of them. */
function readSingleClause(filter: string, clause: string, result: LeafFilterParts): boolean {
  const startsWith = STARTS_WITH.exec(clause);
  if (startsWith) {
    const field = PREFIX_FIELDS[(startsWith[1] ?? '').toLowerCase()];
    if (!field) throw unsupported(filter, `startswith on '${startsWith[1]}' is not supported`);
    result.prefixes = [...(result.prefixes ?? []), { field, text: (startsWith[2] ?? '').replaceAll("''", "'") }];
    return true;
  }
  const serialNumber = SERIAL_NUMBER.exec(clause)?.[1];
  const deviceId = DEVICE_ID.exec(clause)?.[1];
  if (serialNumber === undefined && deviceId === undefined) return false;
  if ((serialNumber && result.serialNumber) || (deviceId && result.deviceId)) throw unsupported(filter, `'${clause}' repeats a property`);
  if (serialNumber) result.serialNumber = serialNumber;
  if (deviceId) result.deviceId = deviceId.toLowerCase();
  return true;
}

export function parseLeafCertificateFilter(filter: string | null): LeafFilterParts {
  const result: LeafFilterParts = {};
  if (!filter?.trim()) return result;
  for (const conjunct of splitTopLevel(filter, 'and')) {
    const disjuncts = splitTopLevel(stripParentheses(conjunct), 'or').map(stripParentheses);
    if (disjuncts.length === 1 && readSingleClause(filter, disjuncts[0] ?? '', result)) continue;
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
