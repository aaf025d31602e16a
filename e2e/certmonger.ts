// A private certmonger daemon (Debian's real SCEP client) for the tests: its own state folders and socket,
// no D-Bus.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class Certmonger {
  readonly dir = mkdtempSync(join(tmpdir(), 'certmonger-'));
  #daemon: ChildProcess | undefined;
  readonly #env: NodeJS.ProcessEnv;

  constructor() {
    const folders = ['requests', 'cas', 'config', 'local', 'tmp'].map((name) => join(this.dir, name));
    folders.forEach((folder) => mkdirSync(folder));
    const [requests, cas, config, local, tmp] = folders;
    this.#env = {
      ...process.env,
      CERTMONGER_REQUESTS_DIR: requests,
      CERTMONGER_CAS_DIR: cas,
      CERTMONGER_CONFIG_DIR: config,
      CERTMONGER_LOCAL_CA_DIR: local,
      CERTMONGER_TMPDIR: tmp,
      CERTMONGER_SYSTEM_LOCK_FILE: join(this.dir, 'lock'),
      CERTMONGER_PVT_ADDRESS: `unix:path=${join(this.dir, 'cm.sock')}`,
    };
  }

  async start(): Promise<void> {
    this.#daemon = spawn('certmonger', ['-n', '-L', '-P', join(this.dir, 'cm.sock')], { env: this.#env, stdio: 'ignore' });
    // The socket appears once the daemon listens; getcert fails until then.
    for (let attempt = 0; attempt < 50; attempt++) {
      if ((await this.getcert(['list-cas']).catch(() => undefined)) !== undefined) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('certmonger did not start');
  }

  async getcert(args: string[]): Promise<string> {
    const { stdout, stderr } = await run('getcert', args, { env: this.#env, timeout: 60_000 });
    return `${stdout}${stderr}`;
  }

  /** Requests a certificate and waits; returns certmonger's status word (MONITORING = issued, CA_REJECTED = refused). */
  async request(ca: string, name: string, subject: string, challenge: string): Promise<string> {
    await this.getcert(['request', '-c', ca, '-I', name, '-k', join(this.dir, `${name}.key`), '-f', join(this.dir, `${name}.pem`), '-N', subject, '-L', challenge, '-w']).catch(() => '');
    const listing = await this.getcert(['list', '-i', name]);
    return /status: (\w+)/.exec(listing)?.[1] ?? listing;
  }

  certificatePath(name: string): string {
    return join(this.dir, `${name}.pem`);
  }

  stop(): void {
    this.#daemon?.kill();
  }
}
