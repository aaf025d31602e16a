// The one wrapper every /graph route handler goes through: it verifies the token, adds what the caller's role
// assignments grant, checks the permission the route needs (from the route table, graph-routes.ts), then parses the body
// with zod — in that order, so a caller without the permission learns nothing from validation — and turns
// errors into Graph error bodies. A handler cannot be written without an entry in the route table.
import 'server-only';
import type { z } from 'zod';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { BearerTokenError } from '@/lib/auth/bearer-token-error';
import type { RoleScope } from '@/lib/auth/permission-grants';
import { requirePermission } from '@/lib/auth/require-permission';
import { scopedPrincipal, type ScopedPrincipal } from '@/lib/auth/scoped-principal';
import { getDatabase } from '@/lib/db/database';
import { withRoleAssignments } from '@/lib/services/roles/with-role-assignments';
import { GRAPH_BODY_LIMIT } from '@/lib/http/body-limits';
import { PayloadTooLargeError, readCappedBody } from '@/lib/http/read-capped-body';
import { findUnstorableText, isStorableText } from '@/lib/text/storable-text';
import { CLOUD_PKI_ANNOTATION_PREFIX } from './cloud-pki-annotations';
import { GraphError } from './graph-error';
import { GRAPH_ROUTES, type GraphRouteKey } from './graph-routes';
import { zodIssuesMessage } from './zod-issues-message';

interface GraphRouteContext<Params, Body> {
  request: Request;
  /** The caller, with the CAs and profiles the route's permission reaches (principal.tenantScope). */
  principal: ScopedPrincipal;
  /** The scope tags the route's permission holds over for this caller ('all': tenant-wide). */
  scope: RoleScope;
  params: Params;
  body: Body;
}

interface GraphRouteOptions<Schema extends z.ZodType | undefined> {
  /** 'METHOD /graph/beta/path/{template}', a key of GRAPH_ROUTES. */
  route: GraphRouteKey;
  body?: Schema;
}

type BodyOf<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

export function graphRoute<Params extends Record<string, string | string[]>, Schema extends z.ZodType | undefined = undefined>(
  options: GraphRouteOptions<Schema>,
  handler: (context: GraphRouteContext<Params, BodyOf<Schema>>) => Promise<Response>,
) {
  return async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> => {
    try {
      const principal = await withRoleAssignments(getDatabase(), await authenticateRequest(request));
      const { permission } = GRAPH_ROUTES[options.route];
      const scope = permission === null ? 'all' : requirePermission(principal, permission);
      refuseUnstorableQuery(new URL(request.url));
      const body = options.body ? await parseBody(request, options.body) : undefined;
      return withNoStore(await handler({ request, principal: scopedPrincipal(principal, scope), scope, params: await routeContext.params, body: body as BodyOf<Schema> }));
    } catch (error) {
      return withNoStore(graphErrorResponse(error));
    }
  };
}

// Every Graph response answers an authenticated caller: no shared or browser cache may keep it.
function withNoStore(response: Response): Response {
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

async function parseBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  let bytes: Uint8Array;
  try {
    bytes = await readCappedBody(request, GRAPH_BODY_LIMIT);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw new GraphError('RequestEntityTooLarge', error.message);
    throw error;
  }
  let json: unknown;
  try {
    // Actions whose parameters are all optional may be posted without a body. RFC 8259 §8.1: JSON is UTF-8.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new GraphError('BadRequest', 'The request body must be a JSON object.');
  }
  if (findUnstorableText(json) !== undefined) throw new GraphError('BadRequest', `The request body ${UNSTORABLE}.`);
  const result = schema.safeParse(withoutInstanceAnnotations(json));
  if (!result.success) throw new GraphError('BadRequest', zodIssuesMessage(result.error.issues));
  return result.data;
}

const UNSTORABLE = 'contains a NUL character or an unpaired surrogate, which no property can hold';

/** $filter, $search and any other option reach SQL as text: a NUL there is refused here, not by PostgreSQL as a 500. */
function refuseUnstorableQuery(url: URL): void {
  for (const [name, value] of url.searchParams) {
    if (!isStorableText(name) || !isStorableText(value)) throw new GraphError('BadRequest', `The query option '${name.replaceAll('\0', '')}' ${UNSTORABLE}.`);
  }
}

/**
 * A Graph SDK keeps what it read but does not model (`@odata.context`, our `@cloudPki.*` annotations) in the object's
 * additionalData and sends it back with an object it updates: it describes the object read, it is not input.
 * Request control information (`@odata.type`, `@odata.id`) stays.
 */
function withoutInstanceAnnotations(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  return Object.fromEntries(
    Object.entries(json).filter(([key]) => key !== '@odata.context' && !key.startsWith(CLOUD_PKI_ANNOTATION_PREFIX)),
  );
}

export function graphErrorResponse(error: unknown): Response {
  // RFC 6750 §3: a refused bearer token says so in WWW-Authenticate.
  if (error instanceof BearerTokenError) return Response.json(error.toBody(), { status: error.status, headers: { 'WWW-Authenticate': error.challenge } });
  if (error instanceof GraphError) return Response.json(error.toBody(), { status: error.status });
  console.error('Unhandled error in a Graph route', error);
  return Response.json(new GraphError('InternalServerError', 'An unexpected error occurred.').toBody(), { status: 500 });
}
