// Starts a built portal checkout (`next build` done) on a loopback port with a throw-away data folder, as the e2e
// webServer does, so a benchmark can measure this checkout and a reference checkout side by side in one run.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BENCH_ADMIN = { user: 'admin@contoso.local', password: 'bench-admin-password-0123' };
export const BENCH_AUTOMATION = { id: 'bench-automation', secret: 'bench-automation-secret-0123456789' };

export interface RunningPortal {
  readonly url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal exited with ${child.exitCode} before it was ready`);
    const healthy = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The portal at ${url} was not ready within ${START_TIMEOUT_MS / 1000} s`);
}

export async function startPortal(appDir: string, port: number): Promise<RunningPortal> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cloud-pki-bench-ui-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: appDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      DATA_DIR: dataDir,
      PORTAL_ADMIN_USER: BENCH_ADMIN.user,
      PORTAL_ADMIN_PASSWORD: BENCH_ADMIN.password,
      PORTAL_DEMO_PASSWORD: 'bench-demo-password-0123',
      AUTOMATION_CLIENT_ID: BENCH_AUTOMATION.id,
      AUTOMATION_CLIENT_SECRET: BENCH_AUTOMATION.secret,
    },
  });
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
