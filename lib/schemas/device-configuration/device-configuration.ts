// The polymorphic `deviceConfiguration` bodies of POST and PATCH, dispatched on `@odata.type` to the
// platform's trusted certificate or SCEP schema. Read-only properties a client echoes from a GET are dropped.
import { z } from 'zod';
import { PLATFORMS, type Platform, type ProfileKind, profileTypeOfOdataType } from '@/lib/deployment/platforms';
import { BASICS_DEFAULTS, READ_ONLY_PROPERTIES } from './profile-basics';
import { SCEP_FIELDS, SCEP_SCHEMAS, type TScepCertificateProfile } from './scep-certificate-profile';
import { scepProfileDefaults } from './scep-profile-defaults';
import { TRUSTED_CERTIFICATE_SCHEMAS, trustedCertificateDefaults, type TTrustedCertificateProfile } from './trusted-certificate-profile';

export type TDeviceConfiguration = TTrustedCertificateProfile | TScepCertificateProfile;

export interface DeviceConfigurationType {
  platform: Platform;
  kind: ProfileKind;
  /** The canonical `#microsoft.graph.…` spelling. */
  odataType: string;
}

const SUPPORTED = Object.values(PLATFORMS).flatMap((info) => Object.values(info.odataTypes));

/** The profile type of an `@odata.type` (any case, with or without `#microsoft.graph.`), if the portal supports it. */
export function deviceConfigurationTypeOf(odataType: unknown): DeviceConfigurationType | undefined {
  if (typeof odataType !== 'string') return undefined;
  const type = profileTypeOfOdataType(odataType);
  return type && { ...type, odataType: PLATFORMS[type.platform].odataTypes[type.kind] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function withoutReadOnly(body: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...body };
  for (const property of READ_ONLY_PROPERTIES) delete copy[property];
  return copy;
}

/** The full schema (fields and rules) of a profile type: what a create body, or a merged PATCH, must satisfy. */
export function deviceConfigurationSchemaOf(type: DeviceConfigurationType): z.ZodType<TDeviceConfiguration> {
  return type.kind === 'scep' ? SCEP_SCHEMAS[type.platform] : TRUSTED_CERTIFICATE_SCHEMAS[type.platform];
}

function defaultsOf(type: DeviceConfigurationType, body: Record<string, unknown>): Record<string, unknown> {
  if (type.kind === 'trustedCertificate') return { ...BASICS_DEFAULTS, ...trustedCertificateDefaults(type.platform) };
  const certificateStore = body.certificateStore === 'machine' || body.certificateStore === 'user' ? body.certificateStore : undefined;
  const deploymentChannel =
    body.deploymentChannel === 'userChannel' || body.deploymentChannel === 'deviceChannel' ? body.deploymentChannel : undefined;
  return scepProfileDefaults(type.platform, { certificateStore, deploymentChannel });
}

/** A zod issue reduced to what error messages need. */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

const NOT_AN_OBJECT: SchemaIssue = { path: [], message: 'The body must be a JSON object' };
const UNSUPPORTED_TYPE: SchemaIssue = { path: ['@odata.type'], message: `Set @odata.type to one of ${SUPPORTED.join(', ')}` };

/** Copies the issues of an inner parse, paths included, into the outer context. */
function forward(ctx: z.RefinementCtx, issues: readonly SchemaIssue[]): typeof z.NEVER {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
  return z.NEVER;
}

/** POST body: any supported profile type; properties left out take the portal's defaults. */
export const ZCreateDeviceConfiguration = z.unknown().transform((input, ctx): TDeviceConfiguration => {
  if (!isRecord(input)) return forward(ctx, [NOT_AN_OBJECT]);
  const type = deviceConfigurationTypeOf(input['@odata.type']);
  if (!type) return forward(ctx, [UNSUPPORTED_TYPE]);
  const body = { ...defaultsOf(type, input), ...withoutReadOnly(input), '@odata.type': type.odataType };
  const result = deviceConfigurationSchemaOf(type).safeParse(body);
  return result.success ? result.data : forward(ctx, result.error.issues);
});

/**
 * A PATCH body for a stored profile of `type`: the type's properties, each optional, without defaults. The
 * caller merges it over the stored profile and validates the result with deviceConfigurationSchemaOf.
 */
export function parseDeviceConfigurationPatch(
  type: DeviceConfigurationType,
  input: unknown,
): { success: true; data: Partial<TDeviceConfiguration> } | { success: false; issues: SchemaIssue[] } {
  if (!isRecord(input)) return { success: false, issues: [NOT_AN_OBJECT] };
  const given = input['@odata.type'];
  if (given !== undefined && deviceConfigurationTypeOf(given)?.odataType !== type.odataType) {
    return { success: false, issues: [{ path: ['@odata.type'], message: `@odata.type must stay ${type.odataType}` }] };
  }
  const fields = type.kind === 'scep' ? SCEP_FIELDS[type.platform] : TRUSTED_CERTIFICATE_SCHEMAS[type.platform];
  const result = fields.partial().safeParse({ ...withoutReadOnly(input), '@odata.type': type.odataType });
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}
