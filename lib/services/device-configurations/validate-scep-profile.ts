// POST deviceConfigurations/validateScepProfile — a portal addition for the wizard's as-you-type checks: every
// problem of a (possibly half-filled) SCEP profile, from the schema and against its Root Certificate and issuing
// CA, as `{ field, message }`. Never stores, never refuses: an empty list means create would accept it.
import 'server-only';
import type { Database } from '@/lib/db/database';
import type { ScepProfileCaFields } from '@/lib/schemas/device-configuration/check-scep-profile-against-ca';
import { deviceConfigurationTypeOf, ZCreateDeviceConfiguration } from '@/lib/schemas/device-configuration/device-configuration';
import type { FieldProblem } from '@/lib/schemas/device-configuration/field-problem';
import { ROOT_CERTIFICATE_BIND } from '@/lib/schemas/device-configuration/root-certificate-bind';
import { resolveScepProfileLinks } from './resolve-scep-profile-links';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/** The fields the CA check reads, taken from raw JSON without trusting its shape. */
function caFieldsOf(body: Record<string, unknown>): ScepProfileCaFields {
  const value = body.certificateValidityPeriodValue;
  return {
    keySize: text(body.keySize),
    hashAlgorithm: text(body.hashAlgorithm),
    extendedKeyUsages: list(body.extendedKeyUsages)?.map((eku) => {
      const record = typeof eku === 'object' && eku !== null ? (eku as Record<string, unknown>) : {};
      return { name: text(record.name), objectIdentifier: text(record.objectIdentifier) };
    }),
    certificateValidityPeriodValue: typeof value === 'number' ? value : undefined,
    certificateValidityPeriodScale: text(body.certificateValidityPeriodScale) ?? 'years',
    scepServerUrls: list(body.scepServerUrls)?.filter((url): url is string => typeof url === 'string'),
  };
}

export async function validateScepProfile(db: Database, scope: TenantScope, body: Record<string, unknown>): Promise<FieldProblem[]> {
  const type = deviceConfigurationTypeOf(body['@odata.type']);
  if (type?.kind !== 'scep') {
    return [{ field: '@odata.type', message: 'Set @odata.type to the SCEP certificate profile type of a platform' }];
  }
  const parsed = ZCreateDeviceConfiguration.safeParse(body);
  const schemaProblems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
  const links = await resolveScepProfileLinks(
    db,
    scope,
    { platform: type.platform, rootCertificateBind: text(body[ROOT_CERTIFICATE_BIND]), caFields: caFieldsOf(body) },
    new Date(),
  );
  return [...schemaProblems, ...links.problems];
}
