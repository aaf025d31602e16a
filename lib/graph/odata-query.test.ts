import { describe, expect, it } from 'vitest';
import { GraphError } from './graph-error';
import { pagedCollection, parseListQuery } from './odata-query';

const parse = (query: string) => parseListQuery(new URLSearchParams(query), ['subjectName', 'validityEndDateTime'] as const);

describe('parseListQuery', () => {
  it('reads $top, $skip, $orderby, $search and $count', () => {
    expect(parse('$top=5&$skip=10&$orderby=validityEndDateTime desc,subjectName&$search="contoso"&$count=true')).toEqual({
      top: 5,
      skip: 10,
      orderBy: [
        { field: 'validityEndDateTime', direction: 'desc' },
        { field: 'subjectName', direction: 'asc' },
      ],
      search: 'contoso',
      count: true,
    });
  });

  it('defaults to the first 100 rows', () => {
    expect(parse('')).toEqual({ top: 100, skip: 0, orderBy: [], count: false });
  });

  it.each(['$top=-1', '$top=abc', '$top=1000', '$skip=1.5', '$orderby=password asc', '$orderby=subjectName sideways', '$count=yes'])(
    'refuses %s with a 400 naming the option',
    (query) => {
      const option = query.split('=')[0]!;
      expect(() => parse(query)).toThrow(GraphError);
      expect(() => parse(query)).toThrow(option);
    },
  );
});

describe('pagedCollection', () => {
  const query = parse('$top=2&$count=true');

  it('links to the next page while rows remain', () => {
    const page = pagedCollection('http://localhost/x?$top=2&$count=true', query, ['a', 'b'], 5);
    expect(page['@odata.count']).toBe(5);
    expect(new URL(page['@odata.nextLink']!).searchParams.get('$skip')).toBe('2');
  });

  it('has no next link on the last page', () => {
    expect(pagedCollection('http://localhost/x', parse('$skip=4&$top=2'), ['e'], 5)).not.toHaveProperty('@odata.nextLink');
  });
});
