import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults, defineConfig } from 'vitest/config';
import { SECURITY_HEADERS, securityHeadersPlugin } from './security-headers.ts';
import { visTimelineWithoutGraph2d } from './scripts/vite-plugin-vis-timeline-trim.ts';

export default defineConfig({
  plugins: [
    visTimelineWithoutGraph2d(),
    react(),
    securityHeadersPlugin(),
    // Offline after one visit: a precaching service worker, registered by src/app/service-worker.ts.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: null,
      workbox: {
        // The shell, every chunk (lazy ones too) and the dataset; the plugin adds the manifest
        // and its icon. A new dataset is a new revision, hence a new service worker and prompt.
        globPatterns: ['**/*.{html,js,css,json}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Deep links (?e=…) are navigations to the shell.
        navigateFallback: 'index.html',
        // The first visit is controlled at once, so lazy chunks load offline too.
        clientsClaim: true,
      },
      manifest: {
        name: 'Relations Timeline · India–Canada 2018–2026',
        short_name: 'Relations Timeline',
        description:
          'India–Canada relations 2018–2026: a timeline of dated events with what each outlet wrote.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f3a5f',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
    }),
  ],
  // Relative asset URLs, so the built app works from any path it is hosted under.
  base: './',
  build: {
    target: 'es2022',
  },
  server: { host: '127.0.0.1' },
  // The headers a host should send (security-headers.ts), so e2e tests run under them.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'data/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    // bench/tmp holds generated corpora and sites, never tests.
    exclude: [...configDefaults.exclude, 'bench/tmp/**'],
    environment: 'node',
    restoreMocks: true,
  },
});
