// Scale-out (issue 10): two portal processes on one PostgreSQL database and one shared DATA_DIR serve the same tenant
// behind a round-robin load balancer (PUBLIC_URL is its origin), started at the same moment as a deployment rolls
// out. A token from one is good on the other, enrollments spread over both get distinct serials and are all listed,
// the six-CA limit holds under creates racing on both, and of the two instances starting with CRLs due exactly one
// republishes each (the database lease).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createTestDatabase, requireTestDatabaseUrl } from '@/lib/db/test-support/postgres-test-database';
import { expect, test } from './fixtures';
import { CA_COLLECTION, type GraphCa, listCas, listLeaves, newCaBody, type PortalApi, portalApi, requestToken } from './portal-instances/portal-api';
import { freePort, type PortalProcess, startPortal } from './portal-instances/portal-process';
import { startRoundRobinProxy } from './portal-instances/round-robin-proxy';
import { generateDeviceKeys, normalizeSerial, prepareEnrollments, sendEnrollments } from './portal-instances/scep-enrollment-load';
import { fetchVerifiedCrl } from './portal-instances/served-crl';

const ENROLLMENTS = 16;
const MAX_CAS = 6;
const CRL_REPUBLISH_WAIT_MS = 60_000;

test('two instances on one PostgreSQL serve one tenant: enrollments, serials, the CA limit and CRL republishing', async () => {
  test.setTimeout(10 * 60_000);
  const keysReady = generateDeviceKeys(ENROLLMENTS); // while the instances start
  const dataDir = mkdtempSync(join(tmpdir(), 'cloud-pki-scale-out-'));
  const database = await createTestDatabase(requireTestDatabaseUrl());
  const [portA, portB] = [await freePort(), await freePort()];
  const balancer = await startRoundRobinProxy(0, [portA, portB]);
  const shared = { dataDir, databaseUrl: database.url, env: { PUBLIC_URL: balancer.url } };
  const [settingsA, settingsB] = [{ ...shared, port: portA }, { ...shared, port: portB }];
  let instances: PortalProcess[] = [];
  const sql = new pg.Client({ connectionString: database.url });
  try {
    // Both start on an empty database and DATA_DIR at once: migrations, the demo tenant, the KEK and the sign-in keys race.
    instances = await Promise.all([startPortal(settingsA), startPortal(settingsB)]);
    const authorization = await requestToken(instances[0]!.url);
    const [a, b] = instances.map((instance) => portalApi(instance.url, authorization)) as [PortalApi, PortalApi];
    expect((await b.call('GET', CA_COLLECTION)).status).toBe(200); // A's token, verified by B
    const viaBalancer = portalApi(balancer.url, authorization);

    const create = async (api: PortalApi, body: object) => (await api.call<GraphCa>('POST', CA_COLLECTION, body)).body;
    const root = await create(a, newCaBody('Scale-out root CA'));
    const issuing = await create(b, newCaBody('Scale-out issuing CA', root.id));
    expect(issuing.certificationAuthorityStatus).toBe('active');

    // Challenges, GetCACert and PKCSReqs through the balancer, 8 in flight: each instance redeems challenges the other made.
    const prepared = await prepareEnrollments(viaBalancer, issuing.id, await keysReady, 'scale-out-device');
    const certificates = await sendEnrollments(prepared, 8);
    expect(certificates).toHaveLength(ENROLLMENTS);
    expect(balancer.served('operation=PKIOperation')).toEqual([ENROLLMENTS / 2, ENROLLMENTS / 2]);
    const serials = certificates.map((certificate) => normalizeSerial(certificate.serialNumber));
    expect(new Set(serials).size).toBe(ENROLLMENTS);
    for (const api of [a, b]) expect((await listLeaves(api, issuing.id)).map((leaf) => leaf.serialNumber).sort()).toEqual([...serials].sort());

    // Eight creates racing, four on each instance, for the four free slots: four 201, four 409, six CAs seen by both.
    const racing = await Promise.all(
      Array.from({ length: 8 }, (_, index) => [a, b][index % 2]!.call('POST', CA_COLLECTION, newCaBody(`Scale-out filler root ${index + 1}`))),
    );
    const statuses = racing.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 409, 409, 409, 409]);
    for (const api of [a, b]) expect(await listCas(api)).toHaveLength(MAX_CAS);

    // Every CA has published a CRL; then all are made due (3.5 days is the republish period) and both instances
    // restart together: each runs the republish job at start, and each CRL goes up by exactly one number.
    const cas = await listCas(a);
    for (const ca of cas) expect(typeof (await fetchVerifiedCrl(ca))).toBe('object');
    await sql.connect();
    await sql.query(`UPDATE certification_authorities SET crl_this_update = now() - interval '4 days'`);
    const numbers = async () =>
      new Map((await sql.query<{ id: string; crl_number: string; due: boolean }>(`SELECT id, crl_number, crl_this_update < now() - interval '1 day' AS due FROM certification_authorities`)).rows.map((row) => [row.id, row]));
    const before = await numbers();
    await Promise.all(instances.map((instance) => instance.kill()));
    instances = await Promise.all([startPortal(settingsA), startPortal(settingsB)]);
    const deadline = Date.now() + CRL_REPUBLISH_WAIT_MS;
    while ([...(await numbers()).values()].some((row) => row.due) && Date.now() < deadline) await sleep(250);
    await sleep(2_000); // a second republisher, if the lease let one through, would have written by now
    const after = await numbers();
    for (const ca of cas) expect(Number(after.get(ca.id)!.crl_number), ca.displayName).toBe(Number(before.get(ca.id)!.crl_number) + 1);
    const stillServed = await fetchVerifiedCrl(cas.find((ca) => ca.id === issuing.id)!);
    expect(typeof stillServed === 'object' && stillServed.crlNumber).toBe(BigInt(before.get(issuing.id)!.crl_number) + 1n);
  } finally {
    await Promise.all(instances.map((instance) => instance.kill()));
    await balancer.close();
    await sql.end().catch(() => {});
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
