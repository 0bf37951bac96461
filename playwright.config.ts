import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4317);
const SUBFOLDER_PORT = PORT + 1;
const HOSTILE_PORT = PORT + 2;
const DEMO_PORT = PORT + 3;

/**
 * Browser tests run in the system's Chromium (Debian's by default); set
 * CHROMIUM_PATH to use another build.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 3,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  projects: [
    { name: 'app', testIgnore: ['static-host.spec.ts', 'hostile.spec.ts', 'atlas*.spec.ts'] },
    { name: 'demo', testMatch: 'atlas*.spec.ts', use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
    { name: 'static-host', testMatch: 'static-host.spec.ts', use: { baseURL: `http://127.0.0.1:${SUBFOLDER_PORT}` } },
    { name: 'hostile', testMatch: 'hostile.spec.ts', use: { baseURL: `http://127.0.0.1:${HOSTILE_PORT}` } },
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
  webServer: {
    // Always the sites just built, never whatever else happens to be serving.
    command: `tsx tests/e2e/serve-sites.ts ${PORT}`,
    url: `http://127.0.0.1:${DEMO_PORT}/hi/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
  },
});
