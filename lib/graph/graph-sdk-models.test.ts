// Microsoft's Graph beta SDK for JavaScript must read every object the API returns (issue 8 › Graph wire format):
// each route's bodies, built from real rows by the real mappers and response helpers (wire-cases.ts), go through
// Kiota's JsonParseNode into the SDK's generated models. Unknown properties, bad enum members, unparsable dates and
// wrong JSON types all fail here (read-with-graph-sdk.ts says how each shows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-beta-sdk/models/oDataErrors/index.js';
import { GraphError } from './graph-error';
import { graphSdkProblems } from './test-support/read-with-graph-sdk';
import { WIRE_CASES, type WireCase } from './test-support/wire-cases';
import { createWireSampleTenant, type WireSampleTenant } from './test-support/wire-sample-tenant';

let tenant: WireSampleTenant;
beforeAll(async () => {
  tenant = await createWireSampleTenant();
});
afterAll(async () => {
  await tenant?.handle.close();
});

const casesOf = <K extends WireCase['kind']>(kind: K) =>
  (Object.entries(WIRE_CASES) as [string, WireCase][]).filter((entry): entry is [string, Extract<WireCase, { kind: K }>] => entry[1].kind === kind);

const bodiesOf = async (build: (t: WireSampleTenant) => Promise<Response[]>) => {
  const responses = await build(tenant);
  expect(responses.length).toBeGreaterThan(0);
  return Promise.all(responses.map(async (response) => (await response.json()) as Record<string, unknown>));
};

describe('Graph beta SDK models read every body the API returns', () => {
  it.each(casesOf('graph'))('%s', async (_route, { model, bodies }) => {
    for (const body of await bodiesOf(bodies)) {
      expect(body['@odata.context']).toMatch(/^https?:\/\/[^/]+\/graph\/beta\/\$metadata#/);
      expect(graphSdkProblems(body, model)).toEqual([]);
    }
  });

  it('reads a Graph error body as an ODataError with its code and message', () => {
    const body = new GraphError('ResourceNotFound', "No certification authority with id 'x' exists in this tenant.").toBody();
    expect(graphSdkProblems(body, createODataErrorFromDiscriminatorValue)).toEqual([]);
  });
});

describe('portal additions name their own type', () => {
  // No Graph SDK has a model for these; their context names the portal's cloudPki namespace (or an Edm primitive),
  // so no client can take them for a Graph type.
  it.each(casesOf('portal'))('%s', async (_route, { bodies }) => {
    for (const body of await bodiesOf(bodies)) {
      expect(body['@odata.context']).toMatch(/\$metadata#(cloudPki\.|Collection\(cloudPki\.|Edm\.)/);
      expect(JSON.stringify(body)).not.toContain('"#microsoft.graph.');
    }
  });
});

describe('the reading catches what Kiota takes silently', () => {
  // The failures a Graph client would meet, made from a real CA body by breaking one thing each.
  const caBody = async () => (await bodiesOf(WIRE_CASES['GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}'].bodies))[0]!;
  const CA_MODEL = WIRE_CASES['GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}'].model;

  it.each([
    ['an extra property', { revocationReason: 'keyCompromise' }, '$.revocationReason: not a property of the SDK model (additionalData)'],
    ['a bad enum member', { certificationAuthorityStatus: 'sleeping' }, '$.certificationAuthorityStatus: dropped by the SDK (wrong JSON type, or not a member of its enum): "sleeping"'],
    ['a wrong JSON type', { validityPeriodInYears: '5' }, '$.validityPeriodInYears: dropped by the SDK (wrong JSON type, or not a member of its enum): "5"'],
    ['an @odata.type without #', { '@odata.type': 'microsoft.graph.cloudCertificationAuthority' }, '$.@odata.type: "microsoft.graph.cloudCertificationAuthority" lacks the leading #'],
  ])('%s', async (_name, change, problem) => {
    expect(graphSdkProblems({ ...(await caBody()), ...change }, CA_MODEL)).toContain(problem);
  });

  it('an empty date-time, and a nested extra property', async () => {
    const body = await caBody();
    const ekus = body.extendedKeyUsages as object[];
    const problems = graphSdkProblems({ ...body, validityStartDateTime: '', extendedKeyUsages: [{ ...ekus[0], critical: true }] }, CA_MODEL);
    expect(problems).toContain('$.validityStartDateTime: not a date-time the SDK can read: ""');
    expect(problems).toContain('$.extendedKeyUsages[0].critical: not a property of the SDK model (additionalData)');
  });

  it('a flags enum member that does not exist, and a derived type named without #', async () => {
    const route = WIRE_CASES['PATCH /graph/beta/deviceManagement/deviceConfigurations/{id}'];
    const [scep] = await bodiesOf(route.bodies);
    expect(graphSdkProblems({ ...scep, keyUsage: 'digitalSignature,keyAgreement' }, route.model)).toEqual([
      '$.keyUsage: "digitalSignature,keyAgreement" has members its flags enum lacks',
    ]);
    const untyped = graphSdkProblems({ ...scep, '@odata.type': String(scep!['@odata.type']).slice(1) }, route.model);
    expect(untyped).toContain('$.scepServerUrls: not a property of the SDK model (additionalData)');
  });

  it('keeps @cloudPki annotations and @odata.context, untouched', async () => {
    const body = { ...(await caBody()), '@cloudPki.example': { nested: [1] } };
    expect(graphSdkProblems(body, CA_MODEL)).toEqual([]);
  });
});
