// The shell at a desktop (1440), a laptop beside the navigation (1024) and a phone (390) width (issue 8 › The shell
// and the blades): the 48 px header never shrinks, nothing scrolls the page sideways (a wide grid scrolls inside its
// own frame, its Revoke command stays in view), titles are not clipped, and on a phone the navigation, the account
// menu and sign-out are behind header buttons that work.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { discoverScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { enrollWithScep } from '@/lib/devices/scep-client/enroll-with-scep';
import { generateRequesterKey } from '@/lib/devices/scep-client/requester-key';
import { httpScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { x509 } from '@/lib/pki/x509';
import { CA_COLLECTION, expect, sharedPki, test } from './fixtures';

const WIDTHS = [1440, 1024, 390] as const;
const DEVICE = 'RESPONSIVE-LAYOUT-WORKSTATION-WITH-A-LONG-NAME-0001';

let issuingCaId: string;

/** One certificate issued over the real SCEP service, so the certificate list has a row with a Revoke command. */
async function enrollOneCertificate(request: APIRequestContext): Promise<void> {
  const { issuing, authorization } = await sharedPki(request);
  issuingCaId = issuing.id;
  const response = await request.post(`${CA_COLLECTION}/${issuing.id}/createScepChallenge`, { headers: { authorization }, data: { deviceName: DEVICE } });
  expect(response.status()).toBe(200);
  const { challenge, scepServerUrl } = (await response.json()) as { challenge: string; scepServerUrl: string };
  const transport = httpScepTransport(scepServerUrl);
  await enrollWithScep(transport, await discoverScepServer(transport), {
    key: await generateRequesterKey(2048),
    subject: new x509.Name([{ '2.5.4.3': [{ utf8String: DEVICE }] }]),
    subjectAlternativeNames: [],
    challengePassword: challenge,
  });
}

test.beforeAll(async ({ request }) => {
  await enrollOneCertificate(request);
});

/** The header keeps its height, and neither the page nor the blade area scrolls sideways. */
async function expectShellFits(page: Page): Promise<void> {
  expect((await page.locator('header').first().boundingBox())?.height).toBe(48);
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, blade: main.scrollWidth - main.clientWidth };
  });
  expect(overflow).toEqual({ page: 0, blade: 0 });
}

/** Once scrolled to, inside the window and not under anything else: what a click at its centre reaches is the element itself. */
async function expectFullyInView(page: Page, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  const isOnTop = await locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && element.contains(hit);
  });
  expect(isOnTop).toBe(true);
}

async function expectTitleNotClipped(page: Page, name: string): Promise<void> {
  const title = page.getByRole('heading', { name, level: 1 });
  await expect(title).toBeVisible();
  await expectFullyInView(page, title);
  expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('lists fit the window: the certificate grid scrolls inside itself and Revoke stays in view', async ({ adminPage: page }) => {
      await page.goto('/tenant-administration/cloud-pki');
      await expect(page.getByRole('grid', { name: 'Certification authorities' }).getByRole('row').nth(1)).toBeVisible();
      await expectShellFits(page);
      await expectTitleNotClipped(page, 'Tenant administration | Cloud PKI');

      await page.goto(`/tenant-administration/cloud-pki/${issuingCaId}`);
      await expect(page.getByRole('textbox', { name: 'Resolved SCEP URL' })).toBeVisible();
      await expectShellFits(page);
      await expectTitleNotClipped(page, 'E2E Shared Issuing CA');
      await expectFullyInView(page, page.getByRole('button', { name: 'Test', exact: true }));

      await page.goto(`/tenant-administration/cloud-pki/${issuingCaId}/certificates`);
      const revoke = page.getByRole('button', { name: `Revoke CN=${DEVICE}` }).first();
      await expect(revoke).toBeVisible();
      await expectShellFits(page);
      await expectFullyInView(page, revoke);

      for (const path of ['/devices', '/users', '/tenant-administration/audit-logs']) {
        await page.goto(path);
        // Audit logs and Devices take seconds to load on a busy CI machine.
        await expect(page.getByRole('grid').first()).toBeVisible({ timeout: 15_000 });
        await expectShellFits(page);
      }
    });

    test('wizards fit the window', async ({ adminPage: page }) => {
      await page.goto('/tenant-administration/cloud-pki/create');
      await expect(page.getByRole('tab', { name: /Basics/ })).toBeVisible();
      await expectShellFits(page);
      await expectFullyInView(page, page.getByRole('button', { name: 'Next', exact: true }));

      await page.goto('/devices/configuration/create');
      const platform = page.getByLabel('Platform');
      await expect(platform).toBeVisible();
      await expectShellFits(page);
      await expectFullyInView(page, platform);
    });
  });
}

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the navigation is a menu button, and the account menu and sign-out stay reachable', async ({ adminPage: page }) => {
    await expect(page.getByRole('navigation', { name: 'Portal navigation' })).toBeHidden();
    await page.getByRole('button', { name: 'Navigation' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: 'Groups' }).click();
    await expect(page.getByRole('heading', { name: 'Groups | All groups', level: 1 })).toBeVisible();
    await expect(drawer).toBeHidden();
    await expectShellFits(page);

    const account = page.getByRole('button', { name: /^Account manager/ });
    await expectFullyInView(page, account);
    await account.click();
    const signOut = page.getByRole('menuitem', { name: 'Sign out' });
    await expectFullyInView(page, signOut);
    await signOut.click();
    await page.waitForURL((url) => url.pathname.startsWith('/oidc/') || url.pathname.startsWith('/login/'));
  });
});
