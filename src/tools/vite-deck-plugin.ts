// Vite plugin: compiles the built-in decks from Markdown at build time into hashed JSON files: one per deck, and
// one small file of every deck's head (titles, groups, card ids: what Today draws), the only one index.html
// preloads. Decks are data, not code: they ship as JSON (fetched and precached) so first-load JS stays small.
// A malformed deck fails the build with FILE:LINE messages.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseDeck } from '../deck/parse.ts';
import { formatIssues } from '../deck/format-issues.ts';
import { deckHead } from '../deck/head.ts';
import type { Deck } from '../deck/types.ts';

const VIRTUAL_ID = 'virtual:builtin-decks';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

interface Compiled {
  json: string;
  fileName: string;
}

/** Where the compiled built-in decks go in the build: hashed like vite's assets, so hosts may cache them for ever. */
const DECK_PREFIX = 'assets/deck-';

/** Where the built-in decks' heads go (not under DECK_PREFIX, so no deck id can collide with it). */
const HEADS_PREFIX = 'assets/builtin-decks-';

/** `json` as a build file named `prefix`, its content hash and `.json`. */
function hashed(prefix: string, json: string): Compiled {
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  return { json, fileName: `${prefix}${hash}.json` };
}

/** Parses one deck file; throws FILE:LINE messages if it is malformed. */
function readDeck(deckPath: string): Deck {
  const result = parseDeck(readFileSync(deckPath, 'utf8'));
  if (!result.ok) {
    throw new Error(`malformed built-in deck:\n${formatIssues(relative(process.cwd(), deckPath), result.issues)}`);
  }
  return result.deck;
}

/** The compiled built-in decks: each deck's file, in the order given, and the file of their heads in that order. */
interface Build {
  decks: Compiled[];
  heads: Compiled;
}

/**
 * Serves `virtual:builtin-decks` (exporting `headsUrl`, the heads of every built-in deck, and `deckUrls`, each full
 * deck, in the order given: the first deck is the main one) and emits those files. Two files with the same deck id
 * fail the build.
 */
export function builtinDecks(deckPaths: readonly string[]): Plugin {
  const paths = deckPaths.map((p) => resolve(p));
  let compiled: Build | null = null;
  const current = (): Build => {
    if (compiled) return compiled;
    const decks = paths.map(readDeck);
    const ids = decks.map((d) => d.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice) throw new Error(`two built-in decks share the id "${twice}"`);
    // Under /assets/, not /decks/: a /decks/ folder in the build would shadow the app's /decks screen, so a host
    // (and the test server) answered a direct load of /decks with its directory instead of the app.
    const files = decks.map((d) => hashed(`${DECK_PREFIX}${d.id}-`, JSON.stringify(d)));
    return (compiled = { decks: files, heads: hashed(HEADS_PREFIX, JSON.stringify(decks.map(deckHead))) });
  };
  const all = (): Compiled[] => [...current().decks, current().heads];
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
      const { decks, heads } = current();
      return `export const headsUrl = ${JSON.stringify(`/${heads.fileName}`)};\nexport const deckUrls = ${JSON.stringify(decks.map((c) => `/${c.fileName}`))};`;
    },
    generateBundle() {
      for (const { json, fileName } of all()) this.emitFile({ type: 'asset', fileName, source: json });
    },
    // Only the heads: Today draws no card text, so the full decks load when a screen needs them.
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `/${current().heads.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      },
    ],
    configureServer(server) {
      for (const p of paths) server.watcher.add(p);
      server.watcher.on('change', (file) => {
        if (paths.includes(resolve(file))) compiled = null;
      });
      server.middlewares.use((req, res, next) => {
        const hit = all().find((c) => req.url === `/${c.fileName}`);
        if (!hit) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(hit.json);
      });
    },
  };
}
