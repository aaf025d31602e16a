// A small application/x-www-form-urlencoded body reader for the login form (server.ts has no framework).
import type { IncomingMessage } from 'node:http';

const LIMIT_BYTES = 16 * 1024;

/** The form fields, or undefined when the body is not a urlencoded form or is larger than 16 KiB. */
export async function readFormBody(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > LIMIT_BYTES) return undefined;
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
