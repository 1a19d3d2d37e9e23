import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  // Every browser that runs ES2022 preloads modules natively: no polyfill in the first chunk.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  test: {
    // Pure modules run in node; UI tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
