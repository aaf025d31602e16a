import { defineConfig } from '@playwright/test';

// Not 3000: it may be taken on a shared machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? `/tmp/cloud-pki-e2e-${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot reach the internet here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'journeys', testIgnore: /tenant-limit\.spec\.ts/ },
    // Fills the tenant's six CA slots, so it runs after every journey that creates CAs.
    { name: 'tenant-limit', testMatch: /tenant-limit\.spec\.ts/, dependencies: ['journeys'] },
  ],
  webServer: {
    // The real server and a fresh embedded database (run `next build` first).
    command: `rm -rf ${E2E_DATA_DIR} && node --import tsx server.ts`,
    url: `http://localhost:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(PORT),
      DATA_DIR: E2E_DATA_DIR,
      PORTAL_ADMIN_USER: 'admin@contoso.local',
      PORTAL_ADMIN_PASSWORD: 'e2e-admin-password-0123',
      PORTAL_DEMO_PASSWORD: 'e2e-demo-password-0123',
      AUTOMATION_CLIENT_ID: 'e2e-automation',
      AUTOMATION_CLIENT_SECRET: 'e2e-automation-secret-0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
