// A portal of its own whose benchmark issuing CA holds many leaf certificates, seeded in SQL (seed-leaf-certificates.ts)
// rather than enrolled one by one. On PGlite the portal is stopped while the bench process seeds its DATA_DIR (an
// embedded database has one process at a time) and started again on the same data; on PostgreSQL a throw-away
// database is made on the server of the admin URL and seeded while the portal runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { createDatabase } from '@/lib/db/create-database';
import { certificationAuthorities } from '@/lib/db/schema';
import { createTestDatabase } from '@/lib/db/test-support/postgres-test-database';
import { connectToPortal, type PortalClient, type PortalCredentials } from '../portal-client';
import { type RunningPortal, startPortal } from '../start-portal';
import { type LeafSeed, seedLeafCertificates } from './seed-leaf-certificates';

/** The embedded database, or a PostgreSQL server reached with a role that may CREATE DATABASE. */
export type BenchDatabase = { kind: 'pglite' } | { kind: 'postgres'; adminUrl: string };

export type LeafBatch = Pick<LeafSeed, 'count' | 'firstIndex' | 'revokedEvery'>;

export interface PortalWithSeededCa {
  readonly portal: RunningPortal;
  readonly client: PortalClient;
  readonly caId: string;
  readonly seedSeconds: number;
  stop(): Promise<void>;
}

export interface SeededCaOptions {
  readonly database: BenchDatabase;
  /** Names the CA pair (`<name> root CA` / `<name> issuing CA`). */
  readonly pairName: string;
  readonly batches: readonly LeafBatch[];
  log(message: string): void;
}

const REPOSITORY = new URL('../..', import.meta.url).pathname;

const credentialsOf = (portal: RunningPortal): PortalCredentials => ({ portalUrl: portal.url, clientId: portal.clientId, clientSecret: portal.clientSecret });

async function seed(options: SeededCaOptions, where: { dataDir: string; databaseUrl?: string }, caId: string): Promise<number> {
  const handle = await createDatabase({ ...where, migrationsFolder: join(REPOSITORY, 'drizzle') });
  try {
    const [ca] = await handle.db.select().from(certificationAuthorities).where(eq(certificationAuthorities.id, caId));
    if (!ca?.certificateDer) throw new Error(`The benchmark CA ${caId} has no certificate`);
    const total = options.batches.reduce((sum, batch) => sum + batch.count, 0);
    const started = performance.now();
    let done = 0;
    for (const batch of options.batches) {
      await seedLeafCertificates(handle.db, {
        ...batch,
        tenantId: ca.tenantId,
        caId,
        issuerName: ca.subjectName,
        certificateDer: ca.certificateDer,
        onProgress: (seeded) => options.log(`seeded ${(done + seeded).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} leaves (${handle.driver})…`),
      });
      done += batch.count;
    }
    return (performance.now() - started) / 1000;
  } finally {
    await handle.close();
  }
}

export async function startPortalWithSeededCa(options: SeededCaOptions): Promise<PortalWithSeededCa> {
  if (options.database.kind === 'postgres') {
    const database = await createTestDatabase(options.database.adminUrl);
    const portal = await startPortal({ settings: { DATABASE_URL: database.url } }).catch(async (error: unknown) => {
      await database.drop();
      throw error;
    });
    const stop = async () => {
      await portal.stop();
      await database.drop();
    };
    try {
      const client = await connectToPortal(credentialsOf(portal));
      const { issuing } = await client.ensureCaPair('rsa2048', options.pairName);
      const seedSeconds = await seed(options, { dataDir: portal.dataDir, databaseUrl: database.url }, issuing.id);
      return { portal, client, caId: issuing.id, seedSeconds, stop };
    } catch (error) {
      await stop();
      throw error;
    }
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'cloud-pki-bench-leaves-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const first = await startPortal({ dataDir });
    let caId: string;
    try {
      caId = (await (await connectToPortal(credentialsOf(first))).ensureCaPair('rsa2048', options.pairName)).issuing.id;
    } finally {
      await first.stop();
    }
    const seedSeconds = await seed(options, { dataDir }, caId);
    const portal = await startPortal({ dataDir });
    const stop = async () => {
      await portal.stop();
      removeDataDir();
    };
    const client = await connectToPortal(credentialsOf(portal)).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    return { portal, client, caId, seedSeconds, stop };
  } catch (error) {
    removeDataDir();
    throw error;
  }
}
