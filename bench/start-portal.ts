// Starts a portal of its own for a benchmark: `node --import tsx server.ts` in production mode (the `.next` build
// must exist: `npm run bench` builds first), a free loopback port, a fresh DATA_DIR under the temp directory (its
// embedded PGlite, key-encryption key and sign-in keys), an admin who can sign in and client credentials for the
// Graph calls. Nothing of the developer's own portal or data is touched; the directory is removed when the portal
// stops, unless the caller passed its own (to stop, seed the database and start again on the same data).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningPortal {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface PortalOptions {
  /** Portal environment variables (lib/env.ts), e.g. PKCS11_MODULE or DATABASE_URL; they win over the caller's environment. */
  readonly settings?: Readonly<Record<string, string>>;
  /** A built checkout to run (default: this one), e.g. main before a change, measured side by side. */
  readonly appDir?: string;
  /** Default: a free one. */
  readonly port?: number;
  /** An existing DATA_DIR, kept when the portal stops; default: a temp one, removed. */
  readonly dataDir?: string;
}

/** The admin of the embedded sign-in (PORTAL_ADMIN_USER / PORTAL_ADMIN_PASSWORD), for browser benches. */
export const BENCH_ADMIN = { user: 'admin@contoso.local', password: 'bench-admin-password-0123' };

const REPOSITORY = new URL('..', import.meta.url).pathname;
const START_TIMEOUT_MS = 180_000;
const CLIENT_ID = 'bench';
const CLIENT_SECRET = 'bench-client-secret-0123456789';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal exited with ${child.exitCode} before it was ready:\n${output()}`);
    const ready = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The portal was not ready within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

export async function startPortal(options: PortalOptions = {}): Promise<RunningPortal> {
  const appDir = options.appDir ?? REPOSITORY;
  if (!existsSync(join(appDir, '.next', 'BUILD_ID'))) throw new Error(`No production build in ${appDir}: run \`npm run build\` first (npm run bench does).`);
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cloud-pki-bench-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      AUTOMATION_CLIENT_ID: CLIENT_ID,
      AUTOMATION_CLIENT_SECRET: CLIENT_SECRET,
      PORTAL_ADMIN_USER: BENCH_ADMIN.user,
      PORTAL_ADMIN_PASSWORD: BENCH_ADMIN.password,
      PORTAL_DEMO_PASSWORD: 'bench-demo-password-0123',
      ...options.settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000); // the tail, for an error message
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, dataDir, stop };
}
