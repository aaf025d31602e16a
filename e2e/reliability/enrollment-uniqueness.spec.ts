// Uniqueness under load (issue 9): 200 SCEP enrollments with 16 in flight against the real server get 200
// distinct serials, and every certificate a client received is in the CA's leaf list.
import { expect, sharedPki, test } from '../fixtures';
import { listLeaves, portalApi } from '../portal-instances/portal-api';
import { generateDeviceKeys, normalizeSerial, prepareEnrollments, sendEnrollments } from '../portal-instances/scep-enrollment-load';

const ENROLLMENTS = 200;
const IN_FLIGHT = 16;

test('200 enrollments with 16 in flight get 200 distinct serials, all listed', async ({ request, baseURL }) => {
  test.setTimeout(6 * 60_000);
  const { issuing, authorization } = await sharedPki(request);
  const api = portalApi(baseURL!, authorization);
  const prepared = await prepareEnrollments(api, issuing.id, await generateDeviceKeys(ENROLLMENTS), 'uniqueness-device');
  const certificates = await sendEnrollments(prepared, IN_FLIGHT);
  expect(certificates).toHaveLength(ENROLLMENTS);
  const serials = certificates.map((certificate) => normalizeSerial(certificate.serialNumber));
  expect(new Set(serials).size).toBe(ENROLLMENTS);
  const listed = new Set((await listLeaves(api, issuing.id)).map((leaf) => normalizeSerial(leaf.serialNumber)));
  expect(serials.filter((serial) => !listed.has(serial))).toEqual([]);
});
