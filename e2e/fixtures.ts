// Shared Playwright fixtures: sign in through the real login page, and get API tokens the way scripts do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

// The credentials playwright.config.ts gives the server.
export const ADMIN = { user: 'admin@contoso.local', password: 'e2e-admin-password-0123' };
export const READER = { user: 'reader@contoso.local', password: 'e2e-demo-password-0123' };
const AUTOMATION = { id: 'e2e-automation', secret: 'e2e-automation-secret-0123456789' };

export const CA_COLLECTION = '/graph/beta/deviceManagement/cloudCertificationAuthority';

export async function signIn(page: Page, account: { user: string; password: string }): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/\/login\//);
  await page.getByLabel('User name').fill(account.user);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Past the login page, the provider and the /auth/redirect hand-off, on a portal page that knows who we are.
  await page.waitForURL((url) => !/^\/(login|oidc|auth)\//.test(url.pathname));
  await page.getByRole('button', { name: /^Account manager/ }).waitFor();
  await page.getByRole('heading', { name: 'Home' }).waitFor();
}

/** A client-credentials token, as a script gets one (issue 2 › Sign-in). */
export async function automationToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/oidc/token', {
    form: {
      grant_type: 'client_credentials',
      client_id: AUTOMATION.id,
      client_secret: AUTOMATION.secret,
      scope: 'api://cloudpki/.default',
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).access_token;
}

const CLIENT_AUTHENTICATION = [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }];

export interface CertificationAuthorityJson {
  id: string;
  displayName: string;
  certificateDownloadUrl: string;
  certificateRevocationListUrl: string;
  scepServerUrl: string | null;
}

/**
 * The root and issuing CA the journeys share (RSA-2048, Client Authentication), found by name or created once:
 * a tenant holds at most six CAs, so journeys cannot each make their own pair.
 */
export async function sharedPki(request: APIRequestContext): Promise<{ root: CertificationAuthorityJson; issuing: CertificationAuthorityJson; authorization: string }> {
  const authorization = `Bearer ${await automationToken(request)}`;
  const headers = { authorization };
  const existing: CertificationAuthorityJson[] = (await (await request.get(CA_COLLECTION, { headers })).json()).value;
  const getOrCreate = async (displayName: string, body: object) => {
    const found = existing.find((ca) => ca.displayName === displayName);
    if (found) return found;
    const response = await request.post(CA_COLLECTION, { headers, data: { displayName, commonName: displayName, extendedKeyUsages: CLIENT_AUTHENTICATION, ...body } });
    expect(response.status()).toBe(201);
    return (await response.json()) as CertificationAuthorityJson;
  };
  const root = await getOrCreate('E2E Shared Root CA', { cloudCertificationAuthorityType: 'rootCertificationAuthority', validityPeriodInYears: 5, certificateKeySize: 'rsa2048' });
  const issuing = await getOrCreate('E2E Shared Issuing CA', { cloudCertificationAuthorityType: 'issuingCertificationAuthority', certificationAuthorityIssuerId: root.id, validityPeriodInYears: 2 });
  return { root, issuing, authorization };
}

/** The DER of a CA from its Graph `certificateDownloadUrl` (a data: URI). */
export const derOfDataUri = (dataUri: string) => Buffer.from(dataUri.split(',')[1]!, 'base64');

/** The bearer token the signed-in page sends to the Graph API, read off its own requests. */
export async function bearerTokenOf(page: Page, trigger: () => Promise<unknown>): Promise<string> {
  const [request] = await Promise.all([page.waitForRequest((r) => r.url().includes('/graph/beta/')), trigger()]);
  const header = await request.headerValue('authorization');
  expect(header).toMatch(/^Bearer /);
  return header!.slice('Bearer '.length);
}

/** Runs `openssl` in a scratch folder holding the given files; returns stdout+stderr and the exit status. */
export function openssl(files: Record<string, Buffer | string>, args: string[]): { status: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cloud-pki-e2e-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  // Some verdicts go to stderr even on success (`openssl ocsp` prints "Response verify OK" there).
  const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/**
 * Accessibility: no serious or critical axe violations on a blade. Tabster's focus sentinels (the
 * aria-hidden, tabindex=0 <i data-tabster-dummy> Fluent puts around grids) are left out: they hand focus on at once
 * and are never read, which axe cannot tell.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // A toast fading in or out has, for that moment, too little contrast: judge the blade once they are gone.
  await expect(page.locator('.fui-Toast')).toHaveCount(0, { timeout: 10_000 });
  // Likewise a button still easing from disabled grey to its enabled colour (Fluent transitions `color`) because
  // permissions or data arrived a moment ago: axe reads the colour of that one frame. Such frames are not what is
  // judged, so transitions are let finish and a verdict is taken again while the blade settles; a lasting
  // violation still fails after the five seconds.
  await expect(async () => {
    await page.evaluate(() =>
      Promise.all(document.getAnimations().filter((animation) => animation instanceof CSSTransition).map((transition) => transition.finished.catch(() => undefined))),
    );
    const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  }).toPass({ timeout: 5_000 });
}

export function toPem(der: Buffer): string {
  const body = der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

export const test = base.extend<{ adminPage: Page }>({
  adminPage: async ({ page }, use) => {
    await signIn(page, ADMIN);
    await use(page);
  },
});

export { expect };
