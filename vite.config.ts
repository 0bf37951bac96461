/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { articlesPlugin } from './src/loader/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), articlesPlugin()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
  },
});
