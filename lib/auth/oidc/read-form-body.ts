// Small request bodies of the /oidc doors (server.ts has no framework): the login form, and /oidc/token's form,
// which server.ts reads before oidc-provider does to see which client it names.
import type { IncomingMessage } from 'node:http';

const FORM_LIMIT_BYTES = 16 * 1024;

/** The whole body, or undefined once it is larger than `limitBytes` (the rest is then left unread). */
export async function readBodyUpTo(request: IncomingMessage, limitBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

export function isFormBody(request: IncomingMessage): boolean {
  return request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/** The form fields, or undefined when the body is not a urlencoded form or is larger than 16 KiB. */
export async function readFormBody(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  if (!isFormBody(request)) return undefined;
  const body = await readBodyUpTo(request, FORM_LIMIT_BYTES);
  return body && new URLSearchParams(body.toString('utf8'));
}
