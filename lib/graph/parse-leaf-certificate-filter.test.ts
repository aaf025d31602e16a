import { describe, expect, it } from 'vitest';
import { parseLeafCertificateFilter } from './parse-leaf-certificate-filter';
import { MAX_FILTER_LENGTH } from './split-odata-expression';

describe('parseLeafCertificateFilter', () => {
  it('reads one status or several joined with or', () => {
    expect(parseLeafCertificateFilter("certificateStatus eq 'revoked'")).toEqual({ status: ['revoked'] });
    expect(parseLeafCertificateFilter("certificateStatus eq 'active' or certificateStatus eq 'expired'")).toEqual({ status: ['active', 'expired'] });
  });

  it('means no filter when absent or blank', () => {
    expect(parseLeafCertificateFilter(null)).toEqual({});
    expect(parseLeafCertificateFilter('  ')).toEqual({});
  });

  it('reads an expiry window and-ed with a status, bare or quoted date-times', () => {
    expect(parseLeafCertificateFilter("certificateStatus eq 'active' and validityEndDateTime le 2027-01-31T00:00:00Z")).toEqual({
      status: ['active'],
      validityEnd: [{ operator: 'le', value: new Date('2027-01-31T00:00:00Z') }],
    });
    expect(parseLeafCertificateFilter("validityEndDateTime GT '2027-01-01T01:00:00+01:00' AND validityEndDateTime lt 2027-02-01")).toEqual({
      validityEnd: [
        { operator: 'gt', value: new Date('2027-01-01T00:00:00Z') },
        { operator: 'lt', value: new Date('2027-02-01T00:00:00Z') },
      ],
    });
  });

  it('reads parenthesised or-groups beside and, and device platforms', () => {
    expect(
      parseLeafCertificateFilter("(certificateStatus eq 'active' or (certificateStatus eq 'expired')) and (validityEndDateTime ge 2026-01-01) and devicePlatform eq 'windows'"),
    ).toEqual({
      status: ['active', 'expired'],
      validityEnd: [{ operator: 'ge', value: new Date('2026-01-01T00:00:00Z') }],
      devicePlatform: ['windows'],
    });
  });

  it("keeps 'and' inside a literal as text and reads '' as a quote", () => {
    expect(parseLeafCertificateFilter("devicePlatform eq 'mac and ios' or devicePlatform eq 'o''brien'")).toEqual({ devicePlatform: ['mac and ios', "o'brien"] });
  });

  it('reads prefixes, a serial number and a device id beside the others', () => {
    const id = '0b7e6a52-9a7c-4e0e-8d3f-2f1f3c1a9b10';
    expect(
      parseLeafCertificateFilter(
        `(certificateStatus eq 'active' or certificateStatus eq 'revoked') and startswith(subjectName,'CN=Bob and Alice''s') and deviceId eq '${id.toUpperCase()}' and serialNumber eq '4f0a'`,
      ),
    ).toEqual({ status: ['active', 'revoked'], prefixes: [{ field: 'subjectName', text: "CN=Bob and Alice's" }], deviceId: id, serialNumber: '4f0a' });
    expect(parseLeafCertificateFilter("startswith(deviceName,'LAPTOP-') and startswith(userPrincipalName,'bob@')").prefixes).toEqual([
      { field: 'deviceName', text: 'LAPTOP-' },
      { field: 'userPrincipalName', text: 'bob@' },
    ]);
  });

  it.each([
    "status eq 'revoked'", // Graph's property is certificateStatus
    "startswith(issuerName,'CN=')",
    "startswith(subjectName,'a') or startswith(subjectName,'b')",
    "deviceId eq 'not-a-guid'",
    "serialNumber eq 'xyz'",
    "serialNumber eq '01' and serialNumber eq '02'",
    "certificateStatus eq 'lost'",
    "subjectName eq 'x'",
    "certificateStatus ne 'active'",
    "certificateStatus eq 'x' or 1 eq 1",
    "certificateStatus eq 'active' or devicePlatform eq 'windows'",
    "certificateStatus eq 'active' and certificateStatus eq 'revoked'",
    'validityEndDateTime le tomorrow',
    'validityEndDateTime le 2027-13-45T99:00:00Z',
    'validityEndDateTime le 2027-01-01 or validityEndDateTime ge 2028-01-01',
    "(certificateStatus eq 'active'",
    "certificateStatus eq 'active')",
    "certificateStatus eq 'active",
    `certificateStatus eq '${'a'.repeat(MAX_FILTER_LENGTH)}'`,
  ])('refuses %s with a BadRequest', (filter) => {
    expect(() => parseLeafCertificateFilter(filter)).toThrow(expect.objectContaining({ code: 'BadRequest' }));
  });

  it('unwraps a deeply nested filter (loops, no recursion)', () => {
    const nested = `${'('.repeat(400)}certificateStatus eq 'active'${')'.repeat(400)}`;
    expect(parseLeafCertificateFilter(nested)).toEqual({ status: ['active'] });
  });
});
