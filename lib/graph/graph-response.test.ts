import { describe, expect, it } from 'vitest';
import { toODataCollection } from './graph-response';

describe('toODataCollection', () => {
  const url = new URL('http://127.0.0.1:3100/graph/beta/users?$top=2&$count=true&$search=a');
  const request = (skip: number) => ({ url, publicUrl: 'https://pki.contoso.com', context: 'users', query: { top: 2, skip, isCountRequested: true } });

  it('links the next page at the public URL while more remain', () => {
    const body = toODataCollection(request(0), { value: ['a', 'b'], totalCount: 5 });
    expect(body).toEqual({
      '@odata.context': 'https://pki.contoso.com/graph/beta/$metadata#users',
      '@odata.count': 5,
      '@odata.nextLink': 'https://pki.contoso.com/graph/beta/users?$top=2&$count=true&$search=a&$skip=2',
      value: ['a', 'b'],
    });
  });

  it('has no next link on the last page, and no count unless asked', () => {
    const last = toODataCollection(request(4), { value: ['e'], totalCount: 5 });
    expect(last).not.toHaveProperty('@odata.nextLink');
    const uncounted = toODataCollection({ ...request(0), query: { top: 2, skip: 0, isCountRequested: false } }, { value: [], totalCount: 0 });
    expect(uncounted).not.toHaveProperty('@odata.count');
  });
});
