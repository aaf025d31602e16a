// Concrete URLs for the route table's path templates (lib/graph/graph-routes.ts): each {param} becomes the id of the
// first item of the collection before it — the shared PKI's issuing CA for CAs — or a random GUID when it is empty.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';

export async function routeUrlResolver(request: APIRequestContext, authorization: string, knownIds: Record<string, string> = {}) {
  const firstIds = new Map<string, string>(Object.entries(knownIds));
  const firstIdOf = async (collection: string) => {
    if (!firstIds.has(collection)) {
      const response = await request.get(collection, { headers: { authorization } });
      const items = response.ok() ? ((await response.json()).value as { id: string }[] | undefined) : undefined;
      firstIds.set(collection, items?.[0]?.id ?? randomUUID());
    }
    return firstIds.get(collection)!;
  };
  return async (template: string): Promise<string> => {
    let url = '';
    for (const segment of template.split('/').slice(1)) {
      url += `/${/^\{\w+\}$/.test(segment) ? await firstIdOf(url) : segment}`;
    }
    return url;
  };
}
