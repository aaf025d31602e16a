import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address';

const request = (forwardedFor?: string) =>
  ({ socket: { remoteAddress: '10.0.0.5' }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('clientAddressOf', () => {
  it('is the socket peer when no proxy is in front, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf(request('203.0.113.7'), false)).toBe('10.0.0.5');
  });

  it('behind the proxy, is the last X-Forwarded-For entry, the one the proxy appended', () => {
    expect(clientAddressOf(request('198.51.100.1, 203.0.113.7'), true)).toBe('203.0.113.7');
    expect(clientAddressOf(request(), true)).toBe('10.0.0.5');
  });
});
