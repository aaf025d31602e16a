// Hostile OData query options on every GET route of the route table (issue 9): never a 5xx; every 400 is a Graph
// error with a message; on the collections that page ($count=true answers @odata.count) a malformed $top, $skip,
// $count or $orderby is a 400; a NUL byte in any option is a 400 on every route.
import { listGraphRoutes } from '@/lib/graph/graph-routes';
import { expect, sharedPki, test } from '../fixtures';
import { routeUrlResolver } from './graph-route-urls';

const MALFORMED = [
  ...['-1', '1e999', 'abc', '99999999999999999999', '1.5', '', '0x10', ' 5', '1000000'].map((value) => ['$top', value]),
  ...['-5', '9007199254740993', 'NaN', '1;DROP TABLE users'].map((value) => ['$skip', value]),
  ['$count', 'maybe'],
  ...['noSuchProperty', 'displayName sideways', 'displayName desc desc', 'id desc, ,', "displayName'; --"].map((value) => ['$orderby', value]),
] as const;

/** Any answer below 500 will do: some are fine queries (a search for "'; DROP TABLE"), the point is no 5xx. */
const ODD = [
  ...[
    "contains(displayName,'",
    'eq eq eq',
    "contains(displayName,'%')",
    "startswith(displayName,'_')",
    "contains(displayName,'\\')",
    "contains(displayName,'''''''')",
    `contains(displayName,'${"'".repeat(1001)}')`,
    "certificateStatus eq 'x' or 1 eq 1",
    "activityType eq 'a' or true",
    'x'.repeat(20_000),
    '((((((((((((((((((((((((((((((((((((((((((((',
    'contains(displayName,\'\uFFFD\ud83d\udd10\')',
  ].map((value) => ['$filter', value]),
  ...['"', '"displayName:"', 'displayName:', ':', "'; DROP TABLE users; --", '%_\\', 'x'.repeat(20_000), '🔐'].map((value) => ['$search', value]),
  ['$skip', '9007199254740991'],
  ['$expand', 'members($select=id),nothing,*,,'],
] as const;

const NUL = ['$filter', '$search', '$orderby', '$top', '$skip', '$expand', 'platform'].map((name) => [name, `a\0b`] as const);

test('hostile OData options get a 400 with a message or an answer — never a 5xx — on every GET route', async ({ request }) => {
  test.setTimeout(5 * 60_000);
  const { issuing, authorization } = await sharedPki(request);
  const urlOf = await routeUrlResolver(request, authorization, { '/graph/beta/deviceManagement/cloudCertificationAuthority': issuing.id });
  const statuses = new Map<number, number>();
  const problems: string[] = [];
  const probe = async (url: string, name: string, value: string, mustRefuse: boolean) => {
    const response = await request.get(`${url}?${new URLSearchParams({ [name]: value })}`, { headers: { authorization } });
    const status = response.status();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const where = `${url} ${name}=${JSON.stringify(value.slice(0, 40))}`;
    if (status >= 500 || (mustRefuse && status !== 400)) problems.push(`${where}: HTTP ${status}`);
    if (status === 400) {
      const { error } = await response.json();
      if (error?.code !== 'BadRequest' || !error.message) problems.push(`${where}: 400 without a Graph error message`);
    }
  };

  const routes = listGraphRoutes().filter((route) => route.method === 'GET');
  let paging = 0;
  for (const route of routes) {
    const url = await urlOf(route.path);
    const counted = await request.get(`${url}?$count=true`, { headers: { authorization } });
    // Some GET routes answer a file (a certificate, a .mobileconfig), not JSON.
    const isJson = (counted.headers()['content-type'] ?? '').startsWith('application/json');
    const isPaging = counted.ok() && isJson && '@odata.count' in (await counted.json());
    paging += Number(isPaging);
    for (const [name, value] of MALFORMED) await probe(url, name, value, isPaging);
    for (const [name, value] of ODD) await probe(url, name, value, false);
    for (const [name, value] of NUL) await probe(url, name, value, true);
  }
  console.log(`OData probe: ${routes.length} GET routes (${paging} paging), statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(paging).toBeGreaterThanOrEqual(5); // users, groups, managedDevices, auditEvents, leaf certificates
  expect(problems).toEqual([]);
});
