import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // 'server-only' throws outside Next's react-server build; unit tests run the server code directly.
    alias: { 'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)) },
  },
  test: {
    include: ['lib/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // beforeAll hooks create tenants with RSA CA keys: seconds on a quiet machine, more on a loaded 2-core one.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
