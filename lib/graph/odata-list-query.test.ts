import { describe, expect, it } from 'vitest';
import { GraphError } from './graph-error';
import { parseODataListQuery } from './odata-list-query';

const FIELDS = ['deviceName', 'userPrincipalName'] as const;
const parse = (query: string, expandable?: string[]) =>
  parseODataListQuery(new URL(`http://localhost/graph/beta/x?${query}`), { textFields: FIELDS, expandable });

describe('parseODataListQuery', () => {
  it('defaults to the first 100 without a count', () => {
    expect(parse('')).toEqual({ top: 100, skip: 0, isCountRequested: false, matches: [], orderBy: [], expand: new Set() });
  });

  it('reads $top, $skip and $count', () => {
    expect(parse('$top=25&$skip=50&$count=true')).toMatchObject({ top: 25, skip: 50, isCountRequested: true });
  });

  it.each(['$top=-1', '$top=1000', '$top=ten', '$skip=1.5', '$count=yes'])('refuses %s with a 400', (query) => {
    expect(() => parse(query)).toThrow(GraphError);
  });

  it('reads Graph $search forms, with and without a property', () => {
    expect(parse('$search="deviceName:LT-0"').matches).toEqual([{ field: 'deviceName', mode: 'contains', text: 'LT-0' }]);
    expect(parse('$search="adele"').matches).toEqual([{ mode: 'contains', text: 'adele' }]);
    expect(parse('$search=adele').matches).toEqual([{ mode: 'contains', text: 'adele' }]);
    expect(parse('$search=""').matches).toEqual([]);
    expect(() => parse('$search="serialNumber:x"')).toThrow(/serialNumber/);
  });

  it("reads contains() and startswith() filters, with '' as a quote", () => {
    expect(parse("$filter=contains(deviceName,'lt')").matches).toEqual([{ field: 'deviceName', mode: 'contains', text: 'lt' }]);
    expect(parse(encodeURI("$filter=startsWith(userPrincipalName, 'o''neil')")).matches).toEqual([
      { field: 'userPrincipalName', mode: 'startsWith', text: "o'neil" },
    ]);
    expect(() => parse("$filter=deviceName eq 'x'")).toThrow(/Unsupported \$filter/);
    expect(() => parse("$filter=contains(osVersion,'1')")).toThrow(/Unsupported \$filter/);
  });

  it('ANDs $search and $filter', () => {
    expect(parse("$search=a&$filter=contains(deviceName,'b')").matches).toHaveLength(2);
  });

  it('reads $expand names and refuses the ones the collection has not', () => {
    expect(parse('$expand=members($select=id)', ['members']).expand).toEqual(new Set(['members']));
    expect(() => parse('$expand=owners', ['members'])).toThrow(/owners/);
  });
});

describe('$orderby', () => {
  const orderFields = ['subjectName', 'validityEndDateTime'] as const;
  const parseOrder = (query: string) => parseODataListQuery(new URL(`http://localhost/x?${query}`), { textFields: [], orderFields });

  it('reads several clauses, ascending by default', () => {
    expect(parseOrder('$orderby=validityEndDateTime desc,subjectName').orderBy).toEqual([
      { field: 'validityEndDateTime', direction: 'desc' },
      { field: 'subjectName', direction: 'asc' },
    ]);
  });

  it.each(['$orderby=password asc', '$orderby=subjectName sideways', '$orderby=subjectName asc extra'])('refuses %s naming the option', (query) => {
    expect(() => parseOrder(query)).toThrow('$orderby');
  });

  it('leaves $filter to a collection that reads it itself', () => {
    const query = parseODataListQuery(new URL("http://localhost/x?$filter=certificateStatus eq 'active'"), { textFields: [], isTextFilter: false });
    expect(query.matches).toEqual([]);
  });
});
