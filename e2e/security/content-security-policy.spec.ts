// Browser hardening (issue 9): every page is served with a nonce-based Content-Security-Policy, and under it the
// portal still works — sign-in, every main blade, client-side navigation and sign-out — without one violation.
import type { Page } from '@playwright/test';
import { ADMIN, expect, sharedPki, signIn, test } from '../fixtures';
import { recordCspViolations } from './record-csp-violations';

/** The document responses of the portal's own pages (not /oidc, which answers with its own policy). */
function recordPagePolicies(page: Page): string[] {
  const policies: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.request().resourceType() === 'document' && response.status() === 200 && !url.pathname.startsWith('/oidc/')) {
      policies.push(response.headers()['content-security-policy'] ?? `none on ${url.pathname}`);
    }
  });
  return policies;
}

/** Fluent's CSS arrived: style elements exist, each carries the page's nonce, and their rules apply. */
async function expectStylesApplied(page: Page): Promise<void> {
  const styles = await page.evaluate(() => {
    const elements = [...document.querySelectorAll('style')];
    return { count: elements.length, withoutNonce: elements.filter((element) => !element.nonce).length, rules: [...document.styleSheets].reduce((sum, sheet) => sum + sheet.cssRules.length, 0) };
  });
  expect(styles.count).toBeGreaterThan(0);
  expect(styles.withoutNonce).toBe(0);
  expect(styles.rules).toBeGreaterThan(100);
  // The header bar is painted by a Griffel class: no style sheet, no background.
  expect(await page.locator('header').first().evaluate((header) => getComputedStyle(header).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
}

test('pages carry a fresh-nonce policy and every blade works under it without a violation', async ({ page, request }) => {
  const { issuing } = await sharedPki(request);
  const violations = await recordCspViolations(page);
  const policies = recordPagePolicies(page);

  await signIn(page, ADMIN);
  const blades: [path: string, ready: () => Promise<void>][] = [
    ['/', () => expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()],
    ['/tenant-administration/cloud-pki', () => expect(page.getByRole('link', { name: 'E2E Shared Issuing CA', exact: true })).toBeVisible()],
    [`/tenant-administration/cloud-pki/${issuing.id}`, () => expect(page.getByRole('textbox', { name: 'Resolved SCEP URL' })).toBeVisible()],
    [`/tenant-administration/cloud-pki/${issuing.id}/certificates`, () => expect(page.getByRole('heading', { name: 'E2E Shared Issuing CA | All certificates', level: 1 })).toBeVisible()],
    [`/tenant-administration/cloud-pki/${issuing.id}/deployment-order`, () => expect(page.getByRole('heading', { name: 'Deployment order', level: 1 })).toBeVisible()],
    ['/tenant-administration/cloud-pki/create', () => expect(page.getByRole('tab', { name: /Basics/ })).toBeVisible()],
    ['/tenant-administration/licenses', () => expect(page.getByRole('heading', { name: 'Tenant administration | Licenses' })).toBeVisible()],
    ['/tenant-administration/audit-logs', () => expect(page.getByRole('grid').first()).toBeVisible({ timeout: 15_000 })],
    ['/users', () => expect(page.getByRole('grid').first()).toBeVisible()],
    ['/groups', () => expect(page.getByRole('heading', { name: 'Groups | All groups', level: 1 })).toBeVisible()],
    ['/devices', () => expect(page.getByRole('grid').first()).toBeVisible({ timeout: 15_000 })],
    ['/devices/configuration', () => expect(page.getByRole('heading', { name: 'Devices | Configuration', level: 1 })).toBeVisible()],
    ['/devices/configuration/create', () => expect(page.getByLabel('Platform')).toBeVisible()],
  ];
  for (const [path, ready] of blades) {
    await page.goto(path);
    await ready();
    await expectStylesApplied(page);
  }

  // Client-side navigation loads further chunks, which only 'strict-dynamic' lets the nonced bootstrap load.
  await page.getByRole('navigation', { name: 'Portal navigation' }).getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('heading', { name: 'Groups | All groups', level: 1 })).toBeVisible();

  // Sign-out passes the embedded provider's own logout page, with its nonced auto-submit script.
  await page.getByRole('button', { name: /^Account manager/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login/'));
  await expect(page.getByLabel('User name')).toBeVisible();

  expect(violations).toEqual([]);
  // Login pages twice, the redirect bridge, every blade: each with its own nonce, none reused.
  expect(policies.length).toBeGreaterThan(blades.length);
  const nonces = policies.map((policy) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1]);
  expect(nonces).not.toContain(undefined);
  expect(new Set(nonces).size).toBe(nonces.length);
  for (const policy of policies) {
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).not.toContain('unsafe-inline');
  }
});

test('an inline event handler in injected markup does not run, and is reported', async ({ adminPage: page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  // What an HTML injection would amount to, if a name ever reached the DOM as markup (innerHTML never runs a
  // <script>; an event handler attribute is how such markup would run code).
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image" onerror="window.__injected = true">');
  });
  const blocked = () => violations.filter((violation) => violation.source === 'event').map((violation) => violation.text.split(' ')[1]);
  await expect.poll(blocked).toEqual(['script-src-attr']);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
