// The benchmark's settings, from the environment or `--name=value` arguments (arguments win). A script of its own, so
// it reads its own variables; the portal's settings stay in lib/env.ts.
//   PORTAL_URL / --portal-url        the running portal, loopback only (default http://localhost:3000)
//   AUTOMATION_CLIENT_ID, _SECRET    client credentials of the portal (as in its .env)
//   BENCH_ENROLLMENTS / --n          enrollments (default 50)
//   BENCH_CONCURRENCY / --c          enrollments in flight (default 8)
//   BENCH_CA_KEY / --ca-key          key of a newly created CA pair: rsa2048 (default) or eCP256
export interface BenchConfig {
  readonly portalUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly enrollments: number;
  readonly concurrency: number;
  readonly caKey: 'rsa2048' | 'eCP256';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function argument(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function positiveInteger(text: string | undefined, fallback: number, what: string, max: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${what} must be a whole number from 1 to ${max}, not '${text}'`);
  return value;
}

export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const portalUrl = (argument('portal-url') ?? env.PORTAL_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  // The benchmark floods its target with enrollments: it only ever talks to a portal on this machine.
  if (!LOOPBACK.has(new URL(portalUrl).hostname)) throw new Error(`PORTAL_URL must be a loopback address (localhost, 127.0.0.1), not ${portalUrl}`);
  const clientId = env.AUTOMATION_CLIENT_ID?.trim();
  const clientSecret = env.AUTOMATION_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new Error('Set AUTOMATION_CLIENT_ID and AUTOMATION_CLIENT_SECRET to the portal’s client credentials');
  const caKey = argument('ca-key') ?? env.BENCH_CA_KEY ?? 'rsa2048';
  if (caKey !== 'rsa2048' && caKey !== 'eCP256') throw new Error(`BENCH_CA_KEY must be rsa2048 or eCP256, not '${caKey}'`);
  return {
    portalUrl,
    clientId,
    clientSecret,
    enrollments: positiveInteger(argument('n') ?? env.BENCH_ENROLLMENTS, 50, 'BENCH_ENROLLMENTS', 10_000),
    concurrency: positiveInteger(argument('c') ?? env.BENCH_CONCURRENCY, 8, 'BENCH_CONCURRENCY', 256),
    caKey,
  };
}
