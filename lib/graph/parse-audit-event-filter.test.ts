// The auditEvents $filter: each comparison the blade sends, combined with `and`, and refusals that name what works.
import { describe, expect, it } from 'vitest';
import { GraphError } from './graph-error';
import { parseAuditEventFilter } from './parse-audit-event-filter';

describe('parseAuditEventFilter', () => {
  it("reads activityType eq '…' with a doubled quote", () => {
    expect(parseAuditEventFilter("activityType eq 'Create CloudCertificationAuthority'")).toEqual({ activityType: 'Create CloudCertificationAuthority' });
    expect(parseAuditEventFilter("activityType eq 'It''s'")).toEqual({ activityType: "It's" });
  });

  it.each(['ge', 'gt', 'le', 'lt'] as const)('reads activityDateTime %s as that bound', (operator) => {
    expect(parseAuditEventFilter(`activityDateTime ${operator} 2026-12-04T10:00:00Z`)).toEqual({
      activityDateTime: { [operator]: new Date('2026-12-04T10:00:00Z') },
    });
  });

  it('reads eq as both bounds, and offsets and fractions of a second', () => {
    expect(parseAuditEventFilter('activityDateTime eq 2026-12-04T11:00:00.125+01:00')).toEqual({
      activityDateTime: { ge: new Date('2026-12-04T10:00:00.125Z'), le: new Date('2026-12-04T10:00:00.125Z') },
    });
  });

  it('combines comparisons with and, whatever the case of the keywords, and keeps "and" inside a literal', () => {
    expect(
      parseAuditEventFilter(
        "activityDateTime ge 2026-12-01T00:00:00Z AND activityDateTime lt 2026-12-05T00:00:00Z and activityType eq 'Add member to group and more' and actor/userPrincipalName eq 'admin@contoso.local' and resources/any(r: r/displayName eq 'Sales users')",
      ),
    ).toEqual({
      activityDateTime: { ge: new Date('2026-12-01T00:00:00Z'), lt: new Date('2026-12-05T00:00:00Z') },
      activityType: 'Add member to group and more',
      actor: 'admin@contoso.local',
      targetDisplayName: 'Sales users',
    });
    expect(parseAuditEventFilter("actor/applicationDisplayName eq 'e2e-automation'")).toEqual({ actor: 'e2e-automation' });
  });

  it.each([
    "activityType ne 'x'",
    "category eq 'CloudPki'",
    "activityType eq 'x' or activityType eq 'y'",
    "activityType eq 'x' and",
    "activityType eq 'x' activityDateTime ge 2026-12-01T00:00:00Z",
    'activityDateTime ge 2026-12-01',
    "activityDateTime ge '2026-12-01T00:00:00Z'",
  ])('refuses %j with a BadRequest that names the supported comparisons', (filter) => {
    expect(() => parseAuditEventFilter(filter)).toThrow(GraphError);
    expect(() => parseAuditEventFilter(filter)).toThrow(/activityDateTime ge\|gt\|le\|lt\|eq/);
  });

  it('refuses a date-time that is no instant', () => {
    expect(() => parseAuditEventFilter('activityDateTime ge 2026-13-45T00:00:00Z')).toThrow(/'2026-13-45T00:00:00Z' is not a date-time/);
  });
});
