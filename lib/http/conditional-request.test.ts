import { describe, expect, it } from 'vitest';
import { isNotModified, validatorHeaders } from './conditional-request';

const validators = { etag: '"ca-1-7"', lastModified: new Date('2026-12-04T10:00:00.500Z') };
const headers = (init: Record<string, string>) => new Headers(init);

describe('isNotModified', () => {
  it('matches If-None-Match against the entity tag, weak or in a list, and * always', () => {
    expect(isNotModified(headers({ 'if-none-match': '"ca-1-7"' }), validators)).toBe(true);
    expect(isNotModified(headers({ 'if-none-match': '"ca-1-6", W/"ca-1-7"' }), validators)).toBe(true);
    expect(isNotModified(headers({ 'if-none-match': '*' }), validators)).toBe(true);
    expect(isNotModified(headers({ 'if-none-match': '"ca-1-6"' }), validators)).toBe(false);
  });

  it('compares If-Modified-Since in whole seconds, and ignores it beside If-None-Match or when unparsable', () => {
    expect(isNotModified(headers({ 'if-modified-since': 'Fri, 04 Dec 2026 10:00:00 GMT' }), validators)).toBe(true);
    expect(isNotModified(headers({ 'if-modified-since': 'Fri, 04 Dec 2026 09:59:59 GMT' }), validators)).toBe(false);
    expect(isNotModified(headers({ 'if-none-match': '"other"', 'if-modified-since': 'Fri, 04 Dec 2026 11:00:00 GMT' }), validators)).toBe(false);
    expect(isNotModified(headers({ 'if-modified-since': 'yesterday' }), validators)).toBe(false);
    expect(isNotModified(headers({}), validators)).toBe(false);
  });

  it('sends the validators as HTTP headers', () => {
    expect(validatorHeaders(validators)).toEqual({ ETag: '"ca-1-7"', 'Last-Modified': 'Fri, 04 Dec 2026 10:00:00 GMT' });
  });
});
