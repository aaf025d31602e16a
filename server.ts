// The portal's one process (docs/architecture.md › One process, four doors): Next.js for pages and the Graph API,
// the embedded OpenID provider at /oidc unless Entra ID is configured, and /healthz for load balancers.
//   development: tsx server.ts          production: next build && NODE_ENV=production tsx server.ts
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { getIdentityProviderSettings } from '@/lib/auth/identity-provider-settings';
import { createOidcProvider } from '@/lib/auth/oidc/create-oidc-provider';
import { createOidcRequestHandler, isOidcRequest } from '@/lib/auth/oidc/create-oidc-request-handler';
import { loadOrCreateOidcKeys } from '@/lib/auth/oidc/oidc-key-file';
import { publishOidcPublicKeys } from '@/lib/auth/oidc/oidc-public-keys';
import { portalOrigins } from '@/lib/auth/oidc/portal-origins';
import { getDatabase } from '@/lib/db/database';
import { deleteExpiredOidcPayloads } from '@/lib/db/repositories/oidc-payloads';
import { closeDatabase, openDatabase } from '@/lib/db/open-database';
import { getEnv, InvalidEnvironmentError, type Env } from '@/lib/env';
import { answerAtTheEdge } from '@/lib/http/http-edge';
import { republishDueCrls } from '@/lib/services/crl/republish-due-crls';
import { seedDemoTenant } from '@/lib/services/seed-demo-tenant';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

function loadEnvOrExit(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

const env = loadEnvOrExit();
const dev = process.env.NODE_ENV !== 'production';
const LISTEN_HOST = '0.0.0.0';
const identity = getIdentityProviderSettings(env);
const isHttps = env.PUBLIC_URL.startsWith('https:'); // TLS ends at a proxy in front of the portal

let handlers: { next: Handler; oidc: Handler | undefined } | undefined;
let isShuttingDown = false;

// Listen first so /healthz can say 503 while the database migrates and Next compiles.
// maxHeaderSize: certmonger sends PKIOperation as a GET with the base64 message in the query string
// (SCEP GET messages are long: allow at least 16 KB; Node's default limit for the whole header block is 16 KB).
const server = createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
  const url = request.url ?? '/';
  if (answerAtTheEdge(request, response, { isHttps })) return;
  if (url === '/healthz' || url.startsWith('/healthz?')) {
    const isReady = handlers !== undefined && !isShuttingDown;
    return sendJson(response, isReady ? 200 : 503, { status: isReady ? 'ok' : 'unavailable' });
  }
  if (!handlers) return sendJson(response, 503, { error: { code: 'ServiceUnavailable', message: 'The portal is starting.' } });
  // Graph's `$ref` segment arrives percent-encoded from some clients (`%24ref`); Next matches the literal segment.
  if (url.startsWith('/graph/')) request.url = url.replace(/\/%24ref(?=[/?]|$)/gi, '/$ref');
  const handler = handlers.oidc && isOidcRequest(url) ? handlers.oidc : handlers.next;
  handler(request, response).catch((error: unknown) => {
    console.error(`Unhandled error for ${request.method} ${url}`, error);
    if (!response.headersSent) sendJson(response, 500, { error: { code: 'InternalServerError', message: 'An unexpected error occurred.' } });
    else response.destroy();
  });
});

async function start(): Promise<void> {
  await openDatabase({ dataDir: env.DATA_DIR, ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}) });
  await seedDemoTenant();

  let oidc: Handler | undefined;
  if (identity.mode === 'local') {
    const keys = await loadOrCreateOidcKeys(env.DATA_DIR);
    publishOidcPublicKeys(keys); // before Next serves any API request (authenticate-request.ts)
    oidc = createOidcRequestHandler(createOidcProvider(env, keys), portalOrigins(env.PUBLIC_URL, env.PORT));
  }

  // hostname: where Next reaches this server itself, and in development the origin its dev resources (HMR
  // WebSocket) accept besides localhost — so the portal also runs at http://127.0.0.1:PORT.
  const app = next({ dev, hostname: '127.0.0.1', port: env.PORT, httpServer: server });
  await app.prepare();
  handlers = { next: app.getRequestHandler(), oidc };
  scheduleCrlRepublishing();
  if (identity.mode === 'local') scheduleOidcPayloadCleanup();

  const signIn = identity.mode === 'local' ? `embedded provider ${identity.issuer}` : `Entra ID tenant ${identity.tenantId}`;
  console.log(`Cloud PKI portal ready on ${env.PUBLIC_URL} (${dev ? 'development' : 'production'}; sign-in: ${signIn})`);
}

// Hourly is far inside the 3.5-day republish period; the lease makes one instance of many do the work.
function scheduleCrlRepublishing(): void {
  const republish = () => republishDueCrls(getDatabase()).catch((error: unknown) => console.error('CRL republishing failed:', error));
  void republish();
  setInterval(republish, 60 * 60_000).unref();
}

// Reads already ignore expired sign-in state (database-oidc-adapter.ts); this only keeps the table from
// growing. Sessions, grants and refresh tokens live 24 h, so hourly is plenty; instances that run it at the same
// time just delete the same rows, so unlike CRL republishing it needs no lease.
function scheduleOidcPayloadCleanup(): void {
  const cleanUp = () =>
    deleteExpiredOidcPayloads(getDatabase(), new Date()).catch((error: unknown) => console.error('Removing expired sign-in state failed:', error));
  void cleanUp();
  setInterval(cleanUp, 60 * 60_000).unref();
}

async function shutdown(signal: string): Promise<void> {
  if (isShuttingDown) return;
  isShuttingDown = true;
  console.log(`${signal}: closing`);
  // Stop accepting connections and let in-flight requests finish; idle keep-alive sockets close now, and
  // whatever is still open after 10 s (a dev HMR WebSocket, a stuck client) is cut.
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
  });
  await closeDatabase();
  process.exit(0);
}

server.listen(env.PORT, LISTEN_HOST, () => console.log(`Listening on http://${LISTEN_HOST}:${env.PORT}, starting…`));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
start().catch((error: unknown) => {
  console.error('The portal could not start:', error);
  process.exit(1);
});
