// Vite plugin: compiles the built-in deck from Markdown at build time into a hashed JSON file.
// The deck is data, not code: it ships as JSON (fetched and precached) so first-load JS stays small.
// A malformed deck fails the build with FILE:LINE messages.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseDeck } from '../deck/parse';
import { formatIssues } from '../deck/format-issues';

const VIRTUAL_ID = 'virtual:builtin-deck';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

function compile(deckPath: string): { json: string; fileName: string } {
  const result = parseDeck(readFileSync(deckPath, 'utf8'));
  if (!result.ok) {
    throw new Error(`malformed built-in deck:\n${formatIssues(relative(process.cwd(), deckPath), result.issues)}`);
  }
  const json = JSON.stringify(result.deck);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  return { json, fileName: `decks/${result.deck.id}-${hash}.json` };
}

/** Serves `virtual:builtin-deck` (exporting `deckUrl`) and emits the compiled deck at that URL. */
export function builtinDeck(deckPath: string): Plugin {
  let compiled: { json: string; fileName: string } | null = null;
  const current = () => (compiled ??= compile(deckPath));
  return {
    name: 'rehearse-builtin-deck',
    buildStart() {
      compiled = null;
      this.addWatchFile(deckPath);
      current();
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export const deckUrl = ${JSON.stringify(`/${current().fileName}`)};`;
    },
    generateBundle() {
      const { json, fileName } = current();
      this.emitFile({ type: 'asset', fileName, source: json });
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preload', href: `/${current().fileName}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
    ],
    configureServer(server) {
      server.watcher.add(deckPath);
      server.watcher.on('change', (file) => {
        if (file === deckPath) compiled = null;
      });
      server.middlewares.use((req, res, next) => {
        if (req.url !== `/${current().fileName}`) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(current().json);
      });
    },
  };
}
