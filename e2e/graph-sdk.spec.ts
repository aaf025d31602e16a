// Microsoft's Graph beta SDK for JavaScript against the real server (issue 8 › Graph wire format): requests go through
// Kiota's FetchRequestAdapter and answers are parsed into the SDK's models, as a script using the SDK does. The
// TypeScript beta SDK publishes no deviceManagement request builders (@microsoft/msgraph-beta-sdk holds the models,
// and its per-area packages have none for deviceManagement), so each request is the RequestInformation such a
// builder makes: the same URL template, method, body serializer and ODataError mapping.
import type { AuthenticationProvider, Parsable, ParsableFactory, RequestAdapter } from '@microsoft/kiota-abstractions';
import { HttpMethod, RequestInformation } from '@microsoft/kiota-abstractions';
import { FetchRequestAdapter } from '@microsoft/kiota-http-fetchlibrary';
import { JsonParseNodeFactory, JsonSerializationWriterFactory } from '@microsoft/kiota-serialization-json';
import {
  type CloudCertificationAuthority,
  type CloudCertificationAuthorityCollectionResponse,
  createCloudCertificationAuthorityCollectionResponseFromDiscriminatorValue,
  createCloudCertificationAuthorityFromDiscriminatorValue,
  serializeCloudCertificationAuthority,
} from '@microsoft/msgraph-beta-sdk/models/index.js';
import { createODataErrorFromDiscriminatorValue, type ODataError } from '@microsoft/msgraph-beta-sdk/models/oDataErrors/index.js';
import { expect, sharedPki, test } from './fixtures';

const CA_TEMPLATE = '{+baseurl}/deviceManagement/cloudCertificationAuthority';
const ERRORS = { XXX: createODataErrorFromDiscriminatorValue };

function graphAdapter(baseURL: string, authorization: string): RequestAdapter {
  const bearer: AuthenticationProvider = {
    authenticateRequest: async (request) => {
      request.headers.tryAdd('Authorization', authorization);
    },
  };
  const adapter = new FetchRequestAdapter(bearer, new JsonParseNodeFactory(), new JsonSerializationWriterFactory());
  adapter.baseUrl = `${baseURL}/graph/beta`;
  return adapter;
}

function request(method: HttpMethod, template: string, id?: string): RequestInformation {
  const info = new RequestInformation(method, id ? `${CA_TEMPLATE}/{cloudCertificationAuthority%2Did}${template}` : `${CA_TEMPLATE}${template}`);
  if (id) info.pathParameters['cloudCertificationAuthority%2Did'] = id;
  info.headers.tryAdd('Accept', 'application/json');
  return info;
}

const send = <T extends Parsable>(adapter: RequestAdapter, info: RequestInformation, factory: ParsableFactory<Parsable>) =>
  adapter.send(info, factory, ERRORS) as Promise<T>;

/** A CA as the SDK writes it for a PATCH: only the properties set, plus the model's additionalData. */
function withCa(adapter: RequestAdapter, info: RequestInformation, ca: Partial<CloudCertificationAuthority>) {
  info.setContentFromParsable(adapter, 'application/json', ca as CloudCertificationAuthority, serializeCloudCertificationAuthority);
  return info;
}

/** An action's parameters as JSON (the builder's generated PostRequestBody writes the same). */
function withJson(info: RequestInformation, body: object) {
  info.setStreamContent(new TextEncoder().encode(JSON.stringify(body)).buffer as ArrayBuffer, 'application/json');
  return info;
}

test('the Graph beta SDK lists, reads and changes CAs through Kiota, and reads errors as ODataError', async ({ request: api, baseURL }) => {
  const { root, issuing, authorization } = await sharedPki(api);
  const adapter = graphAdapter(baseURL!, authorization);

  const list = await send<CloudCertificationAuthorityCollectionResponse>(adapter, request(HttpMethod.GET, ''), createCloudCertificationAuthorityCollectionResponseFromDiscriminatorValue);
  expect(list.value?.map((ca) => ca.id)).toEqual(expect.arrayContaining([root.id, issuing.id]));
  expect(list.additionalData?.['@odata.context']).toMatch(/\/graph\/beta\/\$metadata#deviceManagement\/cloudCertificationAuthority$/);

  const read = await send<CloudCertificationAuthority>(adapter, request(HttpMethod.GET, '', issuing.id), createCloudCertificationAuthorityFromDiscriminatorValue);
  expect(read).toMatchObject({ id: issuing.id, cloudCertificationAuthorityType: 'issuingCertificationAuthority', certificationAuthorityIssuerId: root.id });
  expect(read.validityEndDateTime).toBeInstanceOf(Date);
  expect(read.validityEndDateTime!.getTime()).toBeGreaterThan(Date.now());

  // An action answers with the entity itself, so the SDK finds its id (a {"value": …} body would parse to none).
  const changeStatus = (certificationAuthorityStatus: string) =>
    send<CloudCertificationAuthority>(
      adapter,
      withJson(request(HttpMethod.POST, '/changeCloudCertificationAuthorityStatus', issuing.id), { certificationAuthorityStatus }),
      createCloudCertificationAuthorityFromDiscriminatorValue,
    );
  expect(await changeStatus('paused')).toMatchObject({ id: issuing.id, certificationAuthorityStatus: 'paused' });
  const resumed = await changeStatus('active');
  expect(resumed).toMatchObject({ id: issuing.id, certificationAuthorityStatus: 'active' });
  expect(resumed.additionalData?.['@odata.context']).toMatch(/\$metadata#microsoft\.graph\.cloudCertificationAuthority$/);

  // A PATCH the SDK writes from what it read carries the @odata.context it kept; the server ignores it.
  const description = read.description ?? null;
  const patch = (value: string | null) =>
    send<CloudCertificationAuthority>(
      adapter,
      withCa(adapter, request(HttpMethod.PATCH, '', issuing.id), { description: value, additionalData: read.additionalData }),
      createCloudCertificationAuthorityFromDiscriminatorValue,
    );
  expect(await patch('Patched through the Graph SDK')).toMatchObject({ id: issuing.id, description: 'Patched through the Graph SDK' });
  await patch(description);

  const missing = send(adapter, request(HttpMethod.GET, '', crypto.randomUUID()), createCloudCertificationAuthorityFromDiscriminatorValue);
  const error = (await missing.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )) as ODataError;
  expect(error.responseStatusCode).toBe(404);
  expect(error.errorEscaped?.code).toBeTruthy();
  expect(error.errorEscaped?.message).toMatch(/certification authority/i);
});
