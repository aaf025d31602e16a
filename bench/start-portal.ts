// Starts a portal of its own for a benchmark: `node --import tsx server.ts` in production mode (the `.next` build
// must exist: `npm run bench` builds first), a free loopback port, a fresh DATA_DIR under the temp directory (its
// embedded PGlite, key-encryption key and sign-in keys) and client credentials for the Graph calls. Nothing of the
// developer's own portal or data is touched; the directory is removed when the portal stops.
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

const REPOSITORY = new URL('..', import.meta.url).pathname;
const START_TIMEOUT_MS = 180_000;
const CLIENT_ID = 'bench';
const CLIENT_SECRET = 'bench-client-secret-0123456789';

function freePort(): Promise<number> {
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

/** `settings` are portal environment variables (lib/env.ts), e.g. PKCS11_MODULE; they win over the caller's environment. */
export async function startPortal(settings: Readonly<Record<string, string>> = {}): Promise<RunningPortal> {
  if (!existsSync(join(REPOSITORY, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first (npm run bench does).');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cloud-pki-bench-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: REPOSITORY,
    env: {
      ...process.env,
      ...settings,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      AUTOMATION_CLIENT_ID: CLIENT_ID,
      AUTOMATION_CLIENT_SECRET: CLIENT_SECRET,
      PORTAL_ADMIN_PASSWORD: 'bench-admin-password',
      PORTAL_DEMO_PASSWORD: 'bench-demo-password',
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
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, dataDir, stop };
}
