// One PKCSReq enrollment (RFC 8894 §3.3.1, §4.3) against a discovered server: the prepared pkiMessage is sent as POST
// (or GET with base64 when the server cannot take POST) and the CertRep checked and opened. Whether to trust the
// certificate is the caller's decision: the CA certificates a server sends prove nothing (the device's own trust
// store decides).
import type { ScepServer } from './discover-scep-server';
import { type PreparedPkcsReq, preparePkcsReq, type ScepEnrollmentRequest } from './prepare-pkcs-req';
import { readCertRep } from './read-cert-rep';
import type { ScepTransport } from './scep-transport';

/** Sends a prepared PKCSReq; the DER of the issued certificate, or ScepRequestRefusedError (FAILURE) / ScepProtocolError. */
export async function sendPkcsReq(transport: ScepTransport, server: ScepServer, prepared: PreparedPkcsReq): Promise<Uint8Array> {
  // §4.3: POST carries the binary pkiMessage; GET its base64, which URLSearchParams percent-encodes.
  const reply = server.canPost
    ? await transport.post('PKIOperation', prepared.message)
    : await transport.get('PKIOperation', Buffer.from(prepared.message).toString('base64'));
  return readCertRep(reply.body, prepared.expectation);
}

export async function enrollWithScep(transport: ScepTransport, server: ScepServer, request: ScepEnrollmentRequest): Promise<Uint8Array> {
  return sendPkcsReq(transport, server, await preparePkcsReq(server, request));
}
