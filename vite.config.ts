/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinDecks } from './src/tools/vite-deck-plugin.ts';
import { createHash } from 'node:crypto';
import { inlineStyles, pagePolicy } from './src/lib/csp.ts';
import { inlineEntryCss } from './src/tools/vite-inline-css.ts';
import { SHARE_ACTION, isShareTarget, receiveSharedDeck } from './src/pwa/share-target.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// What Settings shows as "Version …": the package version and a build id. The id is REHEARSE_BUILD_ID
// when set (the update test builds a second, different copy with it), else the git commit, else "local".
const APP_VERSION = (JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string }).version;
function buildId(): string {
  if (process.env.REHEARSE_BUILD_ID) return process.env.REHEARSE_BUILD_ID;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'local';
  }
}

// The Content-Security-Policy (src/lib/csp.ts; the sync server sends the page's policy as a header).
// Only in the build: the dev server injects inline scripts for hot reload. After the stylesheet is inlined,
// so the policy allows exactly that block by its hash.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'rehearse-csp',
    apply: 'build',
    // Right after <meta charset>, before anything that could load or run; no charset, no build.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset=[^>]*>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset> (the CSP goes right after it)');
        const hashes = inlineStyles(html).map((css) => createHash('sha256').update(css).digest('base64'));
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${pagePolicy(hashes)}" />`);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    // The built-in decks, the main one first (Today lists them in this order).
    builtinDecks([
      here('./data/decks/senior-python.md'),
      here('./data/decks/concurrency-drills.md'),
      here('./data/decks/concurrency-bank.md'),
    ]),
    preact(),
    // The entry stylesheet inline first, then the policy that allows it by hash (both run as index.html is written).
    inlineEntryCss(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // One precache entry per file (STACK.md trap 5): globPatterns below already match every icon,
      // and the plugin adds manifest.webmanifest itself, so neither includeAssets nor the icons again.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Rehearse: interview flashcards',
        short_name: 'Rehearse',
        description: 'Practise senior interview questions with spaced repetition, offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        // "Open with Rehearse" for deck files on an installed app (Chromium); the Decks screen reads them from launchQueue.
        file_handlers: [{ action: '/decks', accept: { 'text/markdown': ['.md', '.markdown'] } }],
        // "Share to Rehearse" for deck files: a POST that only the service worker receives (src/pwa/share-target.ts).
        share_target: {
          action: SHARE_ACTION,
          method: 'POST',
          enctype: 'multipart/form-data',
          params: { files: [{ name: 'deck', accept: ['text/markdown', 'text/plain', '.md', '.markdown'] }] },
        },
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every app file and the built-in decks (assets/deck-*.json), so every screen and all data work offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json}'],
        navigateFallback: 'index.html',
        // The sync API is never answered from the cache, not even a navigation to it (issue 11).
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The share target's POST, before anything else; Workbox's precache answers only GETs.
        runtimeCaching: [{ urlPattern: isShareTarget, method: 'POST', handler: receiveSharedDeck }],
      },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(APP_VERSION),
    __BUILD_ID__: JSON.stringify(buildId()),
  },
  // Lazy chunks get no preload list: Vite would write every lazy chunk's imports into the entry as a map (about
  // 0.5 KB gzip, growing with each screen), and the service worker precaches every chunk, so after the first visit
  // a lazy screen's imports come from the cache anyway. The first screen's own imports are still preloaded.
  build: {
    target: 'es2022',
    sourcemap: false,
    // One chunk for what the first screen and most lazy screens share (Dexie, Preact, the store, the empty card
    // row): left alone, the bundler cuts them into four small chunks, and each cut costs first-load bytes (about 0.3 KB gzip).
    rolldownOptions: {
      output: {
        advancedChunks: { groups: [{ name: 'vendor', test: /node_modules[\\/](dexie|preact)|src[\\/](lib[\\/]store|db[\\/]card-row)\./ }] },
      },
    },
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
  },
  resolve: {
    // Dexie's package entry for `import` (node_modules/dexie/import-wrapper.mjs) wraps its UMD build, to guard
    // against two copies of Dexie in one app. The bundle then carried CommonJS interop in a chunk of its own: one
    // more request before the first screen, and 0.8 KB gzip. Every import of Dexie here is ESM and resolves to
    // this one file, so there is one copy: the ES module build.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }],
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/db/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Some tests start processes (the deck CLI, tsc, ESLint's type-aware project): seconds on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
