/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapPlugin } from './src/build/basemap.ts';
import { fontsPlugin } from './src/build/fonts.ts';
import { articlesPlugin } from './src/loader/vite-plugin.ts';

export default defineConfig({
  // Hosting under a sub-folder is this one setting; the router and the prerender follow it.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), articlesPlugin(), basemapPlugin(), fontsPlugin()],
  build: { manifest: true },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
