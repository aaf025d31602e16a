// Shared pieces of the wire cases (wire-cases.ts): the case shape and how routes shape their answers.
import type { Parsable, ParsableFactory } from '@microsoft/kiota-abstractions';
import { getEnv } from '@/lib/env';
import { pagedCollectionResponse } from '../graph-response';
import { parseODataListQuery } from '../odata-list-query';
import type { WireSampleTenant } from './wire-sample-tenant';

type Bodies = (tenant: WireSampleTenant) => Promise<Response[]>;
export type WireCase =
  | { kind: 'graph'; model: ParsableFactory<Parsable>; bodies: Bodies }
  | { kind: 'portal'; bodies: Bodies }
  | { kind: 'noBody'; why: string };

export const publicUrl = () => getEnv().PUBLIC_URL;
export const ENTITY = {
  ca: 'deviceManagement/cloudCertificationAuthority/$entity',
  profile: 'deviceManagement/deviceConfigurations/$entity',
  device: 'deviceManagement/managedDevices/$entity',
  user: 'users/$entity',
  group: 'groups/$entity',
};
/** Page one of two (with @odata.count and @odata.nextLink) and the whole list, as a paged route answers. */
export const pages = <T>(path: string, context: string, all: readonly T[]) => [
  pagedCollectionResponse({ url: new URL(`${publicUrl()}${path}?$top=1&$count=true`), context, query: { top: 1, skip: 0, isCountRequested: true } }, { value: all.slice(0, 1), totalCount: all.length }),
  pagedCollectionResponse({ url: new URL(`${publicUrl()}${path}`), context, query: { top: 100, skip: 0, isCountRequested: false } }, { value: [...all], totalCount: all.length }),
];
export const listQuery = <F extends string>(textFields: readonly F[]) => ({ ...parseODataListQuery(new URL('http://x/'), { textFields }), matches: [] });
export const one = async (response: Response) => [response];
