import { describe, expect, it } from 'vitest';
import { parseCertificateStatusFilter } from './parse-certificate-status-filter';

describe('parseCertificateStatusFilter', () => {
  it('reads one status or several joined with or', () => {
    expect(parseCertificateStatusFilter("certificateStatus eq 'revoked'")).toEqual(['revoked']);
    expect(parseCertificateStatusFilter("certificateStatus eq 'active' or certificateStatus eq 'expired'")).toEqual(['active', 'expired']);
  });

  it('means no filter when absent', () => {
    expect(parseCertificateStatusFilter(null)).toBeUndefined();
  });

  it.each(["certificateStatus eq 'lost'", "subjectName eq 'x'", "certificateStatus ne 'active'"])('refuses %s', (filter) => {
    expect(() => parseCertificateStatusFilter(filter)).toThrow('Unsupported $filter');
  });
});
