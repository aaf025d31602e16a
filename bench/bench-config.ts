// The benchmarks' settings, from the environment or `--name=value` arguments (arguments win). A script of its own, so
// it reads its own variables; the portal's settings stay in lib/env.ts.
//   BENCH_ENROLLMENTS / --n          SCEP enrollments per measurement (default 200)
//   BENCH_CONCURRENCY / --c          enrollments in flight (default 8)
//   BENCH_CA_KEY / --ca-key          key of the benchmark's CA pair: rsa2048 (default) or eCP256
//   SCEP_REFERENCE_URL               a reference SCEP server (e.g. micromdm/scep) to enroll against with the same client
//   SCEP_REFERENCE_CHALLENGE         its static challenge password (micromdm/scep -challenge), if it wants one
//   BENCH_LEAVES / --leaves          leaf certificates seeded under one issuing CA for the leaves bench (default 1,000,000)
//   BENCH_CRL_REVOKED / --crl-revoked  revoked leaves seeded for the crl bench (default 100,000)
//   BENCH_DEVICES / --devices        simulated devices of the devices bench (default 1,000)
//   BENCH_DATABASE_URL               a PostgreSQL server (role with CREATEDB) the leaves bench also measures on, in a
//                                    throw-away database; TEST_DATABASE_URL (.ci/start-test-postgres) when unset
// bench:scep only (it measures a portal that is already running):
//   PORTAL_URL / --portal-url        the running portal, loopback only (default http://localhost:3000)
//   AUTOMATION_CLIENT_ID, _SECRET    client credentials of the portal (as in its .env)
import type { CaKey, PortalCredentials } from './portal-client';

export interface BenchSizes {
  readonly enrollments: number;
  readonly concurrency: number;
  readonly caKey: CaKey;
}

export interface ScepReference {
  readonly scepUrl: string;
  readonly challenge: string;
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

export function readBenchSizes(env: NodeJS.ProcessEnv = process.env): BenchSizes {
  const caKey = argument('ca-key') ?? env.BENCH_CA_KEY ?? 'rsa2048';
  if (caKey !== 'rsa2048' && caKey !== 'eCP256') throw new Error(`BENCH_CA_KEY must be rsa2048 or eCP256, not '${caKey}'`);
  return {
    enrollments: positiveInteger(argument('n') ?? env.BENCH_ENROLLMENTS, 200, 'BENCH_ENROLLMENTS', 10_000),
    concurrency: positiveInteger(argument('c') ?? env.BENCH_CONCURRENCY, 8, 'BENCH_CONCURRENCY', 256),
    caKey,
  };
}

export interface ScaleSizes {
  readonly leaves: number;
  readonly crlRevoked: number;
  readonly devices: number;
}

export function readScaleSizes(env: NodeJS.ProcessEnv = process.env): ScaleSizes {
  return {
    leaves: positiveInteger(argument('leaves') ?? env.BENCH_LEAVES, 1_000_000, 'BENCH_LEAVES', 10_000_000),
    crlRevoked: positiveInteger(argument('crl-revoked') ?? env.BENCH_CRL_REVOKED, 100_000, 'BENCH_CRL_REVOKED', 1_000_000),
    devices: positiveInteger(argument('devices') ?? env.BENCH_DEVICES, 1_000, 'BENCH_DEVICES', 100_000),
  };
}

/** The PostgreSQL server to measure on too, or undefined: the bench then says how to provide one. */
export function readBenchPostgresUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.BENCH_DATABASE_URL?.trim() || env.TEST_DATABASE_URL?.trim() || undefined;
}

/** The reference SCEP server of SCEP_REFERENCE_URL, or undefined when it is not set. */
export function readScepReference(env: NodeJS.ProcessEnv = process.env): ScepReference | undefined {
  const scepUrl = env.SCEP_REFERENCE_URL?.trim();
  if (!scepUrl) return undefined;
  // The benchmark floods its target with enrollments: it only ever talks to servers on this machine.
  if (!LOOPBACK.has(new URL(scepUrl).hostname)) throw new Error(`SCEP_REFERENCE_URL must be a loopback address, not ${scepUrl}`);
  return { scepUrl, challenge: env.SCEP_REFERENCE_CHALLENGE ?? '' };
}

/** The running portal bench:scep measures. */
export function readPortalCredentials(env: NodeJS.ProcessEnv = process.env): PortalCredentials {
  const portalUrl = (argument('portal-url') ?? env.PORTAL_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!LOOPBACK.has(new URL(portalUrl).hostname)) throw new Error(`PORTAL_URL must be a loopback address (localhost, 127.0.0.1), not ${portalUrl}`);
  const clientId = env.AUTOMATION_CLIENT_ID?.trim();
  const clientSecret = env.AUTOMATION_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new Error('Set AUTOMATION_CLIENT_ID and AUTOMATION_CLIENT_SECRET to the portal’s client credentials');
  return { portalUrl, clientId, clientSecret };
}
