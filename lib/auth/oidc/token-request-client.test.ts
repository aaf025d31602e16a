import { describe, expect, it } from 'vitest';
import { tokenRequestClientId } from './token-request-client';

const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

describe('tokenRequestClientId', () => {
  it('reads the form-urlencoded user name of HTTP Basic first (RFC 6749 §2.3.1)', () => {
    expect(tokenRequestClientId(basic('my%20client', 's:ecret'), new URLSearchParams({ client_id: 'other' }))).toBe('my client');
  });

  it('falls back to client_id in the form body', () => {
    expect(tokenRequestClientId({}, new URLSearchParams({ client_id: 'scripts' }))).toBe('scripts');
    expect(tokenRequestClientId({ authorization: 'Bearer abc' }, new URLSearchParams({ client_id: 'scripts' }))).toBe('scripts');
  });

  it('names no client when there is none or the Basic user name is not percent-encoding', () => {
    expect(tokenRequestClientId({}, new URLSearchParams())).toBeUndefined();
    expect(tokenRequestClientId(basic('%E0%A4%A', 'x'), new URLSearchParams())).toBeUndefined();
  });
});
