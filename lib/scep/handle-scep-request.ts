// The SCEP endpoint (RFC 8894 §4), transport-agnostic: a route handler passes the operation and the
// message and writes back the status, content type and body. GetCACaps (§4.6), GetCACert (§4.2) and
// PKIOperation (§4.3) over GET (base64 `message`, what certmonger always uses) and POST (binary body).
// Refusals are CertRep replies with status 200; only an unknown operation or a body that is not a
// pkiMessage at all gets a 400, never a 500.
import { buildCertsOnlyPkcs7 } from '@/lib/pki/build-certs-only-pkcs7';
import { formatCaCapabilities } from './ca-capabilities';
import { decodeBase64Message } from './decode-base64-message';
import { handlePkiOperation } from './handle-pki-operation';
import { MalformedScepMessageError } from './malformed-scep-message-error';
import type { ScepAuthority } from './scep-authority';

export type ScepRequest =
  | { readonly method: 'GET'; readonly operation: string | null; readonly message: string | null }
  | { readonly method: 'POST'; readonly operation: string | null; readonly body: Uint8Array };

export interface ScepResponse {
  readonly status: 200 | 400;
  readonly contentType: string;
  readonly body: Uint8Array | string;
}

const badRequest = (text: string): ScepResponse => ({ status: 400, contentType: 'text/plain; charset=utf-8', body: text });

function readMessage(request: ScepRequest): Uint8Array | undefined {
  if (request.method === 'POST') return request.body.length > 0 ? request.body : undefined;
  return request.message ? decodeBase64Message(request.message) : undefined;
}

async function pkiOperation(request: ScepRequest, authority: ScepAuthority): Promise<ScepResponse> {
  const message = readMessage(request);
  if (!message) return badRequest('PKIOperation needs a pkiMessage: a binary POST body or a base64 "message" parameter');
  try {
    return { status: 200, contentType: 'application/x-pki-message', body: await handlePkiOperation(message, authority) };
  } catch (error) {
    if (error instanceof MalformedScepMessageError) return badRequest(`Not a SCEP pkiMessage: ${error.message}`);
    throw error;
  }
}

/** Operation names are matched case-insensitively: RFC 8894 §4.1 spells them, some clients do not. */
export async function handleScepRequest(request: ScepRequest, authority: ScepAuthority): Promise<ScepResponse> {
  switch (request.operation?.toLowerCase()) {
    case 'getcacaps':
      return { status: 200, contentType: 'text/plain; charset=utf-8', body: formatCaCapabilities() };
    case 'getcacert': {
      // §4.2.1.2: RA, issuing CA and its chain up to the root — clients that verify replies up to a self-signed
      // anchor need every certificate between (a BYOCA's external chain may have several tiers).
      const { issuing, issuers } = await authority.getCaCertificates();
      const body = buildCertsOnlyPkcs7([authority.ra.certificateDer, issuing, ...issuers]);
      return { status: 200, contentType: 'application/x-x509-ca-ra-cert', body };
    }
    case 'pkioperation':
      return pkiOperation(request, authority);
    default:
      return badRequest(`Unknown SCEP operation "${request.operation ?? ''}"`);
  }
}
