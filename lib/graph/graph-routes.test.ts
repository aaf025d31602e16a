import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_ROUTES, listGraphRoutes } from './graph-routes';

const APP_GRAPH = join(process.cwd(), 'app', 'graph');

function routeFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === '[...path]' ? [] : routeFiles(path); // the catch-all Graph 404
    return entry.name === 'route.ts' ? [path] : [];
  });
}

/** Each exported handler of each route file, with the route-table key it passes to graphRoute. */
const exported = routeFiles(APP_GRAPH).flatMap((file) => {
  const path = `/graph/${relative(APP_GRAPH, file)}`.replace(/\/route\.ts$/, '').replace(/\[(\w+)\]/g, '{$1}');
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/export const (GET|POST|PATCH|PUT|DELETE) = graphRoute[^(]*\(\s*\{[^}]*route: '([^']+)'/g)].map(
    ([, method, key]) => ({ file, expectedKey: `${method} ${path}`, key }),
  );
});

describe('the Graph route table', () => {
  it('lists every exported route handler under the key of its own method and path', () => {
    expect(exported.length).toBeGreaterThan(40);
    for (const route of exported) expect(route.key, route.file).toBe(route.expectedKey);
    for (const route of exported) expect(Object.keys(GRAPH_ROUTES), route.file).toContain(route.key);
  });

  it('has no entry without a handler', () => {
    expect(Object.keys(GRAPH_ROUTES).sort()).toEqual(exported.map((route) => route.key).sort());
  });

  it('counts every route file export as a handler that goes through graphRoute', () => {
    const exportsOfFiles = routeFiles(APP_GRAPH).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)]);
    expect(exportsOfFiles.length).toBe(exported.length);
  });

  it('classes a POST that only reads as a read and every change as a write', () => {
    const byKey = new Map(listGraphRoutes().map((route) => [route.key, route]));
    expect(byKey.get('POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/searchCloudCertificationAuthorityLeafCertificateBySerialNumber')?.isRead).toBe(true);
    expect(byKey.get('GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/deploymentReadiness')?.isRead).toBe(true);
    expect(byKey.get('POST /graph/beta/deviceManagement/cloudCertificationAuthority')?.isRead).toBe(false);
    expect(listGraphRoutes().filter((route) => route.method === 'GET').every((route) => route.isRead)).toBe(true);
    expect(listGraphRoutes().filter((route) => ['PATCH', 'PUT', 'DELETE'].includes(route.method)).some((route) => route.isRead)).toBe(false);
  });
});
