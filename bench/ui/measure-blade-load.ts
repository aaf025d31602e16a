// First-load JavaScript of the Cloud PKI blade and warm in-app navigation to rows, measured in Chromium against a
// built checkout (see bench/ui/blade-load.ts for the settings).
import 'reflect-metadata';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { BENCH_ADMIN, type RunningPortal, startPortal } from '../start-portal';
import { percentile } from '../percentile';

export const UI_BLADE = '/tenant-administration/cloud-pki';
const CA_COLLECTION = '/graph/beta/deviceManagement/cloudCertificationAuthority';
export const UI_ROUNDS = Number(process.env.BENCH_UI_ROUNDS ?? 5);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** In-app navigations measured warm: the nav entry clicked, and the grid whose first row ends the wait. */
const WARM_BLADES = [
  { name: 'Cloud PKI', nav: 'Tenant administration', grid: 'Certification authorities' },
  { name: 'Devices', nav: 'Devices', grid: null },
  { name: 'Users', nav: 'Users', grid: null },
  { name: 'Groups', nav: 'Groups', grid: null },
] as const;

export interface UiFigures {
  firstLoadGzipKiB: number;
  firstLoadFiles: number;
  duplicatePrefetches: string[];
  warmMs: Record<string, number>;
}

async function seedCertificationAuthority({ url, clientId, clientSecret }: RunningPortal): Promise<void> {
  const tokenResponse = await fetch(`${url}/oidc/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'api://cloudpki/.default' }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${url}${CA_COLLECTION}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      displayName: 'UI benchmark root CA',
      commonName: 'UI benchmark root CA',
      cloudCertificationAuthorityType: 'rootCertificationAuthority',
      validityPeriodInYears: 5,
      certificateKeySize: 'rsa2048',
      extendedKeyUsages: [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }],
    }),
  });
  if (response.status !== 201) throw new Error(`Creating the benchmark CA answered ${response.status}: ${await response.text()}`);
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.waitForURL(/\/login\//);
  await page.getByLabel('User name').fill(BENCH_ADMIN.user);
  await page.getByLabel('Password').fill(BENCH_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Home' }).waitFor();
}

/** A hard load of the blade with an empty HTTP cache: every script it runs, gzip-compressed at level 6 like a server. */
async function measureFirstLoad(page: Page, url: string): Promise<Pick<UiFigures, 'firstLoadGzipKiB' | 'firstLoadFiles' | 'duplicatePrefetches'>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map<string, Promise<number>>();
  const prefetches: string[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() === 'script' && !scripts.has(response.url())) {
      scripts.set(response.url(), response.body().then((body) => gzipSync(body).length, () => 0));
    }
    if (request.headers()['next-router-prefetch'] !== undefined) prefetches.push(new URL(response.url()).pathname);
  });
  await page.goto(`${url}${UI_BLADE}`);
  await page.getByRole('grid', { name: 'Certification authorities' }).getByRole('row').nth(1).waitFor();
  await page.waitForLoadState('networkidle');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const sizes = await Promise.all(scripts.values());
  const duplicatePrefetches = [...new Set(prefetches.filter((path, index) => prefetches.indexOf(path) !== index))];
  return { firstLoadGzipKiB: sizes.reduce((sum, size) => sum + size, 0) / 1024, firstLoadFiles: sizes.length, duplicatePrefetches };
}

/** Home, then a click on a navigation entry, until the blade's first grid row (or its title, for empty lists) shows. */
async function measureWarmNavigation(page: Page, blade: (typeof WARM_BLADES)[number]): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < UI_ROUNDS; round += 1) {
    await page.getByRole('navigation', { name: 'Portal navigation' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { name: 'Home' }).waitFor();
    const started = performance.now();
    await page.getByRole('navigation', { name: 'Portal navigation' }).getByRole('link', { name: blade.nav }).click();
    const target = blade.grid ? page.getByRole('grid', { name: blade.grid }).getByRole('row').nth(1) : page.getByRole('grid').getByRole('row').first();
    await target.waitFor();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

/** Starts the built checkout at appDir (on port, or a free one), seeds one CA, signs in, and measures first load and warm navigation. */
export async function measureUiBladeLoad(appDir: string, port?: number): Promise<UiFigures> {
  const portal = await startPortal({ appDir, ...(port !== undefined && { port }) });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    await seedCertificationAuthority(portal);
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(page, portal.url);
    const firstLoad = await measureFirstLoad(page, portal.url);
    const warmMs: Record<string, number> = {};
    for (const blade of WARM_BLADES) warmMs[blade.name] = await measureWarmNavigation(page, blade);
    return { ...firstLoad, warmMs };
  } finally {
    await browser.close();
    await portal.stop();
  }
}

