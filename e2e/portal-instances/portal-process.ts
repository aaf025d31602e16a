// The real portal (server.ts under tsx, production mode, after `next build`) as a child process the test owns: started
// on a port of its own with a DATA_DIR and optionally a PostgreSQL URL, ready once /healthz says 200, and stopped the
// hard way — SIGKILL to its process group, as a power cut or the OOM killer would.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const AUTOMATION = { id: 'reliability-automation', secret: 'reliability-automation-secret-0123' };
const START_TIMEOUT_MS = 90_000;
const LOG_LINES_KEPT = 60;

export interface PortalSettings {
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl?: string;
  /** Extra environment, e.g. PKI_MASTER_KEY shared by instances of one deployment. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface PortalProcess {
  readonly url: string;
  readonly pid: number;
  /** SIGKILL, then waits until the process is gone: nothing of it runs afterwards, no shutdown hook ran. */
  kill(): Promise<void>;
  /** What the process printed last (for a failure message). */
  log(): string;
}

/** A TCP port nobody listens on right now (the kernel's pick), for a server started next. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (!address || typeof address === 'string') throw new Error('No port from the kernel');
  return address.port;
}

function keepLastLines(child: ChildProcess): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - LOG_LINES_KEPT));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => lines.join('\n');
}

async function waitUntilHealthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The portal exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log()}`);
    }
    const status = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then((response) => response.status, () => 0);
    if (status === 200) return;
    await sleep(100);
  }
  throw new Error(`The portal did not become healthy within ${START_TIMEOUT_MS / 1000} s:\n${log()}`);
}

export async function startPortal(settings: PortalSettings): Promise<PortalProcess> {
  const url = `http://localhost:${settings.port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: process.cwd(),
    detached: true, // its own process group, so the kill reaches anything it started too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(settings.port),
      DATA_DIR: settings.dataDir,
      ...(settings.databaseUrl && { DATABASE_URL: settings.databaseUrl }),
      AUTOMATION_CLIENT_ID: AUTOMATION.id,
      AUTOMATION_CLIENT_SECRET: AUTOMATION.secret,
      PORTAL_ADMIN_PASSWORD: 'reliability-admin-password-0123',
      ...settings.env,
    },
  });
  const log = keepLastLines(child);
  const exited = once(child, 'exit');
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    }
  };
  try {
    await waitUntilHealthy(url, child, log);
  } catch (error) {
    await kill();
    throw error;
  }
  return { url, pid: child.pid!, kill, log };
}
