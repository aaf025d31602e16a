// What every /graph route answers, keyed by the route table so a new route cannot go unchecked: the bodies as the
// route builds them (its mapper and its graph-response.ts helper, from a WireSampleTenant), and the Graph beta SDK
// model a Graph client reads them with. Portal additions have no Graph model: they name a cloudPki type instead.
import type { GraphRouteKey } from '../graph-routes';
import type { WireCase } from './wire-case-kit';
import { CLOUD_PKI_WIRE_CASES } from './wire-cases-cloud-pki';
import { DEVICE_MANAGEMENT_WIRE_CASES } from './wire-cases-device-management';
import { DIRECTORY_WIRE_CASES } from './wire-cases-directory';
import { ROLES_WIRE_CASES } from './wire-cases-roles';

export type { WireCase };

export const WIRE_CASES = {
  ...CLOUD_PKI_WIRE_CASES,
  ...DEVICE_MANAGEMENT_WIRE_CASES,
  ...DIRECTORY_WIRE_CASES,
  ...ROLES_WIRE_CASES,
} as const satisfies Record<GraphRouteKey, WireCase>;
