/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapPlugin } from './src/build/basemap.ts';
import { cspPlugin } from './src/build/csp.ts';
import { fontsPlugin } from './src/build/fonts.ts';
import { articlesPlugin } from './src/loader/vite-plugin.ts';

/** The chunks every page has run before it imports any other: the entry and its styles, the runtime, the libraries. */
const LOADED_FIRST = /(^|\/)(index|rolldown-runtime|react|react-dom|router|i18n)-[\w-]{8}\.(js|css)$/;

export default defineConfig({
  // Hosting under a sub-folder is this one setting; the router and the prerender follow it.
  base: process.env.BASE_PATH ?? '/',
  // SEEDS_DIR builds the site from another folder of reports (the browser tests' hostile one).
  plugins: [react(), articlesPlugin({ seedsDir: process.env.SEEDS_DIR }), basemapPlugin(), fontsPlugin({ seedsDir: process.env.SEEDS_DIR }), cspPlugin()],
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim$/, replacement: fileURLToPath(new URL('./src/app/boot/sync-external-store.ts', import.meta.url)) }],
  },
  build: {
    manifest: true,
    modulePreload: {
      // Every browser the site serves preloads modules itself.
      polyfill: false,
      // A page's or a map's code is imported once the entry, the libraries and the styles have run: its list of what to
      // preload leaves them out, so that list, which the first visit downloads, holds only what is new.
      resolveDependencies: (_, deps, { hostType }) => (hostType === 'js' ? deps.filter((dep) => !LOADED_FIRST.test(dep)) : deps),
    },
    rolldownOptions: {
      output: {
        // React DOM's chunk is compiled whole, off the main thread, as it streams in: its evaluation then fits in a short task.
        postBanner: (chunk) => (chunk.name === 'react-dom' && chunk.moduleIds.some((id) => id.includes('react-dom')) ? '//# allFunctionsCalledOnLoad' : ''),
        // Libraries in chunks of their own, so the page evaluates each in a separate task (src/main.tsx);
        // each with the module src/main.tsx imports it by, so that import is the library's chunk itself.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|scheduler)[\\/]|[\\/]src[\\/]app[\\/]boot[\\/]react\.ts$/ },
            { name: 'react-dom', test: /[\\/]node_modules[\\/]react-dom[\\/]|[\\/]src[\\/]app[\\/]boot[\\/]react-dom\.ts$/ },
            { name: 'router', test: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]|[\\/]src[\\/]app[\\/]boot[\\/]router\.ts$/ },
            { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]|[\\/]src[\\/]app[\\/]boot[\\/]i18n\.ts$/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
