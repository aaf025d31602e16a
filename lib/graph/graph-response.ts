// The bodies of every /graph answer, built in one place (OData JSON Format 4.01, "Entity" and "Collection of
// Entities"; the context URL of OData 4.01 Part 1 §10).
//
// One entity or complex value — read, created, updated or returned by an action — is the object itself with its
// `@odata.context`; only collections (and primitive results) carry `value`. The Graph docs' sample action responses
// wrap the single object in `{"value": …}`, but Graph's own metadata declares those actions as returning
// the entity, and the Graph SDKs' generated request builders parse the body as the entity: a wrapped body parses to
// an object with no `id`. We follow OData and the SDKs, not the doc samples.
import 'server-only';
import { getEnv } from '@/lib/env';
import type { ODataListQuery } from './odata-list-query';

/** `<PUBLIC_URL>/graph/beta/$metadata#<fragment>`: where a client finds the type of what it got. */
export function odataContextUrl(fragment: string, publicUrl: string = getEnv().PUBLIC_URL): string {
  return `${publicUrl}/graph/beta/$metadata#${fragment}`;
}

/**
 * One entity or complex value: the object itself, with `@odata.context` first. The context is the entity set path
 * plus `/$entity` for what was read or written through its set (`users/$entity`), or the qualified type name for an
 * action's result (`microsoft.graph.cloudCertificationAuthority`, `cloudPki.scepChallenge` for the portal's own).
 */
export function entityResponse(context: string, entity: object, init?: ResponseInit): Response {
  return Response.json({ '@odata.context': odataContextUrl(context), ...entity }, init);
}

/** An action's single Graph entity: the context is its own `@odata.type` without the `#`. */
export function actionEntityResponse(entity: { '@odata.type': `#${string}` }): Response {
  return entityResponse(entity['@odata.type'].slice(1), entity);
}

/**
 * A whole collection (no paging; paged lists use pagedCollectionResponse): `{"@odata.context", "value": [...]}`, the
 * context being the entity set path or `Collection(<qualified type name>)`.
 */
export function collectionResponse(context: string, value: readonly unknown[], init?: ResponseInit): Response {
  return Response.json({ '@odata.context': odataContextUrl(context), value }, init);
}

/** A primitive action result, e.g. `{"@odata.context": "…#Edm.Int32", "value": 3}`. */
export function primitiveResponse(edmType: 'Edm.Int32' | 'Edm.String' | 'Edm.Boolean', value: number | string | boolean): Response {
  return Response.json({ '@odata.context': odataContextUrl(edmType), value });
}

export interface ODataCollection<T> {
  '@odata.context': string;
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
  value: T[];
}

interface CollectionRequest {
  /** The request's URL: its path and query options are kept in @odata.nextLink. */
  url: URL;
  /** The origin clients reach the portal at (PUBLIC_URL), which a proxy may hide from the request URL. */
  publicUrl: string;
  /** The entity set after `$metadata#`, e.g. 'users'. */
  context: string;
  query: Pick<ODataListQuery<string>, 'top' | 'skip' | 'isCountRequested'>;
}

/** The Graph collection body; @odata.nextLink is the request URL with $skip moved past this page while more remain. */
export function toODataCollection<T>(request: CollectionRequest, page: { value: T[]; totalCount: number }): ODataCollection<T> {
  const { url, publicUrl, context, query } = request;
  const nextSkip = query.skip + page.value.length;
  const hasMore = page.value.length > 0 && nextSkip < page.totalCount;
  const next = new URL(`${url.pathname}${url.search}`, publicUrl);
  next.searchParams.set('$skip', String(nextSkip));
  return {
    '@odata.context': odataContextUrl(context, publicUrl),
    ...(query.isCountRequested ? { '@odata.count': page.totalCount } : {}),
    // '$' needs no escaping in a query (RFC 3986 sub-delims); unescaped, the link reads like Graph's own.
    ...(hasMore ? { '@odata.nextLink': next.toString().replaceAll('%24', '$') } : {}),
    value: page.value,
  };
}

/** One page of a collection: `@odata.count` when asked for, `@odata.nextLink` while more remain. */
export function pagedCollectionResponse<T>(request: Omit<CollectionRequest, 'publicUrl'>, page: { value: T[]; totalCount: number }): Response {
  return Response.json(toODataCollection({ ...request, publicUrl: getEnv().PUBLIC_URL }, page));
}

/**
 * One page of a keyset-paged collection: `@odata.nextLink` is the request URL with `$skiptoken` at where this page
 * ended (and no `$skip`), while more remain; `@odata.count` when one was asked for.
 */
export function keysetCollectionResponse<T>(
  request: { url: URL; context: string },
  page: { value: T[]; count?: number; skipToken?: string },
): Response {
  const publicUrl = getEnv().PUBLIC_URL;
  const next = new URL(`${request.url.pathname}${request.url.search}`, publicUrl);
  next.searchParams.delete('$skip');
  if (page.skipToken) next.searchParams.set('$skiptoken', page.skipToken);
  const body: ODataCollection<T> = {
    '@odata.context': odataContextUrl(request.context, publicUrl),
    ...(page.count !== undefined ? { '@odata.count': page.count } : {}),
    ...(page.skipToken ? { '@odata.nextLink': next.toString().replaceAll('%24', '$') } : {}),
    value: page.value,
  };
  return Response.json(body);
}
