// A request whose body was already read, made readable again for a handler that reads it itself (oidc-provider
// parses /oidc/token's body on its own, after server.ts has looked at it).
import { IncomingMessage } from 'node:http';

/** A copy of `request` (same socket, method, URL and headers) whose body stream yields `body`. */
export function replayRequest(request: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(request.socket);
  replay.method = request.method;
  replay.url = request.url;
  replay.httpVersion = request.httpVersion;
  replay.httpVersionMajor = request.httpVersionMajor;
  replay.httpVersionMinor = request.httpVersionMinor;
  replay.headers = request.headers;
  replay.rawHeaders = request.rawHeaders;
  replay.push(body);
  replay.push(null);
  // The message was received whole; an incomplete one destroys its socket when the stream is done with it.
  replay.complete = true;
  return replay;
}
