import { describe, expect, it } from 'vitest';
import { MAX_LEAF_SKIP, parseLeafCertificateListQuery } from './parse-leaf-certificate-list-query';
import { encodeSkipToken } from './skip-token';

const LIST = 'http://portal.test/graph/beta/deviceManagement/cloudCertificationAuthority/ca/cloudCertificationAuthorityLeafCertificate';
const parse = (query: string) => parseLeafCertificateListQuery(new URL(`${LIST}?${query}`));
const ID = '0b7e6a52-9a7c-4e0e-8d3f-2f1f3c1a9b10';

describe('parseLeafCertificateListQuery', () => {
  it('continues from a $skiptoken made for the same order', () => {
    const at = new Date('2026-03-01T10:00:00.000Z');
    const token = encodeSkipToken({ values: [at], id: ID }, 'validityEndDateTime desc');
    const { query } = parse(`$orderby=validityEndDateTime desc&$skiptoken=${token}&$top=50`);
    expect(query.after).toEqual({ values: [at], id: ID });
    expect(query.top).toBe(50);
    expect(parse(`$skiptoken=${encodeSkipToken({ values: [at], id: ID }, '')}`).query.after).toEqual({ values: [at], id: ID });
  });

  it.each([
    ['a token of another order', `$orderby=subjectName&$skiptoken=${encodeSkipToken({ values: ['CN=a'], id: ID }, 'validityEndDateTime desc')}`],
    ['a token whose date is not one', `$skiptoken=${encodeSkipToken({ values: ['yesterday'], id: ID }, '')}`],
    ['a token with the wrong number of values', `$skiptoken=${encodeSkipToken({ values: [], id: ID }, '')}`],
    ['a token whose id is not a GUID', `$skiptoken=${encodeSkipToken({ values: [new Date()], id: "x' or 1=1" }, '')}`],
    ['a token that is not base64url JSON', '$skiptoken=bm90IGpzb24'],
    ['a token with other characters', '$skiptoken=a%2Bb'],
    ['$skip beside $skiptoken', `$skip=20&$skiptoken=${encodeSkipToken({ values: [new Date()], id: ID }, '')}`],
    ['a deep $skip', `$skip=${MAX_LEAF_SKIP + 1}`],
  ])('refuses %s with a 400', (_, query) => {
    expect(() => parse(query)).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('keeps $skip for shallow offsets and $count when asked', () => {
    expect(parse(`$skip=${MAX_LEAF_SKIP}&$count=true`)).toMatchObject({ query: { skip: MAX_LEAF_SKIP }, isCountRequested: true });
  });
});
