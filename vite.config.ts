/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapPlugin } from './src/build/basemap.ts';
import { articlesPlugin } from './src/loader/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), articlesPlugin(), basemapPlugin()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
