// Vite plugin: compiles the built-in decks from Markdown at build time into hashed JSON files.
// Decks are data, not code: they ship as JSON (fetched and precached) so first-load JS stays small.
// A malformed deck fails the build with FILE:LINE messages.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseDeck } from '../deck/parse.ts';
import { formatIssues } from '../deck/format-issues.ts';

const VIRTUAL_ID = 'virtual:builtin-decks';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

interface Compiled {
  json: string;
  fileName: string;
}

/** Where the compiled built-in decks go in the build: hashed like vite's assets, so hosts may cache them for ever. */
const DECK_PREFIX = 'assets/deck-';

/** Compiles one deck file to JSON with a content-hashed file name; throws FILE:LINE messages if it is malformed. */
export function compileDeckFile(deckPath: string): Compiled {
  const result = parseDeck(readFileSync(deckPath, 'utf8'));
  if (!result.ok) {
    throw new Error(`malformed built-in deck:\n${formatIssues(relative(process.cwd(), deckPath), result.issues)}`);
  }
  const json = JSON.stringify(result.deck);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  // Under /assets/, not /decks/: a /decks/ folder in the build would shadow the app's /decks screen, so a host
  // (and the test server) answered a direct load of /decks with its directory instead of the app.
  return { json, fileName: `${DECK_PREFIX}${result.deck.id}-${hash}.json` };
}

/**
 * Serves `virtual:builtin-decks` (exporting `deckUrls`, in the order given: the first deck is the main one)
 * and emits each compiled deck at its URL. Two files with the same deck id fail the build.
 */
export function builtinDecks(deckPaths: readonly string[]): Plugin {
  const paths = deckPaths.map((p) => resolve(p));
  let compiled: Compiled[] | null = null;
  const current = (): Compiled[] => {
    if (compiled) return compiled;
    const next = paths.map(compileDeckFile);
    const names = next.map((c) => c.fileName.replace(/-[0-9a-f]{10}\.json$/, ''));
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) throw new Error(`two built-in decks share the id "${twice.slice(DECK_PREFIX.length)}"`);
    return (compiled = next);
  };
  return {
    name: 'rehearse-builtin-decks',
    buildStart() {
      compiled = null;
      for (const p of paths) this.addWatchFile(p);
      current();
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export const deckUrls = ${JSON.stringify(current().map((c) => `/${c.fileName}`))};`;
    },
    generateBundle() {
      for (const { json, fileName } of current()) this.emitFile({ type: 'asset', fileName, source: json });
    },
    transformIndexHtml: () =>
      current().map((c) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `/${c.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      })),
    configureServer(server) {
      for (const p of paths) server.watcher.add(p);
      server.watcher.on('change', (file) => {
        if (paths.includes(resolve(file))) compiled = null;
      });
      server.middlewares.use((req, res, next) => {
        const hit = current().find((c) => req.url === `/${c.fileName}`);
        if (!hit) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(hit.json);
      });
    },
  };
}
