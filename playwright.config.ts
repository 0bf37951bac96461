import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4317);
const STATIC_PORT = PORT + 1;

/**
 * Browser tests run in the system's Chromium (Debian's by default); set
 * CHROMIUM_PATH to use another build.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  projects: [
    { name: 'app', testIgnore: 'static-host.spec.ts' },
    { name: 'static-host', testMatch: 'static-host.spec.ts', use: { baseURL: `http://127.0.0.1:${STATIC_PORT}` } },
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // No background traffic: every request a test sees is the page's own.
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    {
      command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/hi/`,
      // Always the site just built, never whatever else happens to be serving.
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
    },
    {
      command: `tsx src/build/build.ts --base /bhent/ --out dist-subfolder && tsx src/build/serve-static.ts dist-subfolder --base /bhent/ --port ${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}/bhent/hi/`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
    },
  ],
});
