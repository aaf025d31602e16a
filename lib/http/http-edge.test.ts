import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCEP_BODY_LIMIT } from './body-limits';
import { answerAtTheEdge } from './http-edge';
import { PayloadTooLargeError, readCappedBody } from './read-capped-body';

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (!answerAtTheEdge(request, response, { isHttps: true })) response.writeHead(200).end('passed');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('answerAtTheEdge', () => {
  it('answers TRACE and unknown methods with 405 and the served methods', async () => {
    for (const method of ['TRACE', 'PROPFIND']) {
      const response = await send(method, '/graph/beta/users');
      expect(response.status).toBe(405);
      expect(response.headers.allow).toContain('GET');
      expect(JSON.parse(response.body).error.code).toBe('MethodNotAllowed');
    }
  });

  it('refuses paths that are not valid percent-encoded UTF-8, or hold a NUL', async () => {
    expect((await send('GET', '/pki/cacerts/%c0%ae%c0%ae%2fetc/cert.cer')).status).toBe(400);
    expect((await send('GET', '/pki/cacerts/a%00b/cert.cer')).status).toBe(400);
    expect((await send('GET', '/pki/cacerts/%E2%82%AC/cert.cer')).status).toBe(200);
  });

  it('refuses a declared body over the door’s limit before reading it', async () => {
    const scep = '/TrafficGateway/PassThroughRoutingService/CloudPki/CloudPkiService/Scep/t/c';
    expect((await send('POST', scep, { 'content-length': String(SCEP_BODY_LIMIT + 1) })).status).toBe(413);
    expect((await send('POST', '/graph/beta/users', { 'content-length': String(2 * 1024 * 1024) })).status).toBe(413);
  });

  it('sets the security headers, HSTS over https, and a nothing-allowed policy on data', async () => {
    const data = await send('GET', '/graph/beta/users');
    expect(data.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
    expect(data.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(data.headers['content-security-policy']).toContain("default-src 'none'");
    const page = await send('GET', '/tenant-administration/cloud-pki');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['content-security-policy']).toBeUndefined(); // pages get theirs, with a nonce, from proxy.ts
  });
});

describe('readCappedBody', () => {
  const streamOf = (chunks: number, size: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < chunks; i += 1) controller.enqueue(new Uint8Array(size));
        controller.close();
      },
    });
  const post = (body: ReadableStream<Uint8Array>) => new Request('http://x/', { method: 'POST', body, duplex: 'half' } as RequestInit);

  it('reads a body under the cap', async () => {
    expect((await readCappedBody(post(streamOf(3, 100)), 1000)).byteLength).toBe(300);
  });

  it('stops a chunked body at the cap, without a Content-Length to go by', async () => {
    await expect(readCappedBody(post(streamOf(100, 1000)), 10_000)).rejects.toBeInstanceOf(PayloadTooLargeError);
  });
});
