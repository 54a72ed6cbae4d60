// The layer rules hold by themselves: lint fails on a wrong-way import, and the pure folders cannot see the DOM.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
// A probe linted as a file stands in for that file in the type-aware project for the rest of this run: no probe here is
// linted as src/db/schema.ts or src/db/instance.ts, whose types storage/db-handle-only follows.

/** Lint messages of `rule` for `code` as if it were the file at `path` (the real config, type-aware rules included). */
async function lintAs(path: string, code: string, rule = 'no-restricted-imports'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

// The first lint loads the TypeScript project (type-aware rules): over a minute on a loaded 2-core machine.
describe('layer rules in lint', { timeout: 180_000 }, () => {
  it.each([
    ['src/srs/sm2.ts', "import { db } from '../db/instance';", 'src/srs/ may import only'],
    ['src/deck/parse.ts', "import { review } from '../srs/sm2';", 'src/deck/ may import only'],
    ['src/ui/percent.ts', "import { db } from '../db/instance';", 'src/ui/ may import only'],
    ['src/pwa/state.ts', "import { useStore } from '../ui/use-store';", 'src/pwa/ may import only'],
    ['src/db/activity-key.ts', "import { currentDeck } from '../state/deck';", 'src/db/ may import only'],
    ['src/shell/top-bar.tsx', "import { Today } from '../screens/today/today';", 'src/shell/ may import only'],
    ['src/state/deck.ts', "import { TopBar } from '../shell/top-bar';", 'src/state/ may import only'],
    ['src/screens/today/today.tsx', "import { App } from '../../app';", 'src/screens/ may import only'],
    ['src/shell/top-bar.tsx', "import { NAV_ITEMS } from '../routes';", 'src/shell/ may import only'],
    ['src/screens/today/today.tsx', "import Dexie from 'dexie';", 'only src/db/ touches IndexedDB'],
    ['src/ui/percent.ts', "import { Workbox } from 'workbox-window';", 'only src/pwa/ touches the service worker'],
    ['src/srs/sm2.ts', "import { useState } from 'preact/hooks';", 'is pure'],
    ['src/srs/sm2.ts', "import { readFileSync } from 'node:fs';", 'no Node built-ins'],
    ['src/protocol/review-row.ts', "import { review } from '../srs/sm2';", 'src/protocol/ may import only'],
    ['src/protocol/shape.ts', "import { db } from '../db/instance';", 'src/protocol/ may import only'],
    ['src/protocol/shape.ts', "import { h } from 'preact';", 'is pure'],
  ])('%s: %s is an error', async (path, line, expected) => {
    const messages = await lintAs(path, `${line}\nexport const probe = 1;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it.each([
    ['src/srs/sm2.ts', "export const probeDb = () => import('../db/instance');", 'src/srs/ may import only'],
    ['src/srs/sm2.ts', 'export const probeDb = () => import(`../db/record`);', 'src/srs/ may import only'],
    ['src/ui/percent.ts', "export const probeSw = () => import('workbox-window');", 'only src/pwa/ touches the service worker'],
    ['src/db/activity-key.ts', "export const probeState = () => import('../state/deck');", 'src/db/ may import only'],
    ['server/app.ts', "export const probeDb = () => import('../src/db/instance');", 'the server shares only pure code'],
  ])('%s: a dynamic %s is an error', async (path, line, expected) => {
    const messages = await lintAs(path, `${line}\n`, 'layers/dynamic-import');
    expect(messages.join('\n')).toContain(expected);
  });

  it.each([
    ['src/screens/today/today.tsx', "export const probe = () => import('../../db/record');"],
    ['src/shell/top-bar.tsx', "export const probe = () => import('../sync/auto');"],
  ])('%s: a dynamic %s is allowed', async (path, line) => {
    expect(await lintAs(path, `${line}\n`, 'layers/dynamic-import')).toEqual([]);
  });

  it.each([
    ['src/screens/today/today.tsx', "import { db } from '../../db/instance';"],
    ['src/db/record.ts', "import { localDay } from '../srs/days';"],
    ['src/srs/plan.ts', "import type { Deck } from '../deck/types';"],
    ['src/srs/fold.ts', "import { reviewRow } from '../protocol/review-row';"],
    ['src/sync/engine.ts', "import { reviewRow } from '../protocol/review-row';"],
    ['src/protocol/review-row.ts', "import { SLUG } from '../deck/types';"],
    ['src/db/live.ts', "import { liveQuery } from 'dexie';"],
    ['src/tools/deck-cli.ts', "import { readFileSync } from 'node:fs';"],
  ])('%s: %s is allowed', async (path, line) => {
    expect(await lintAs(path, `${line}\nexport const probe = 1;\n`)).toEqual([]);
  });
});

describe('review rows are deleted only by deleteReviews', { timeout: 180_000 }, () => {
  const probe = (call: string) =>
    `import type { RehearseDb } from './schema';\nexport async function probe(db: RehearseDb): Promise<void> {\n  await ${call};\n}\n`;

  it.each([
    ['src/db/record.ts', "db.reviews.delete('x')"],
    ['src/db/retractions.ts', "db.reviews.bulkDelete(['x'])"],
    ['src/db/reset-progress.ts', 'db.reviews.clear()'],
    ['src/db/deck-edits.ts', "db.reviews.where('deckId').equals('d').delete()"],
    ['src/db/sync-store.ts', "db.table('reviews').clear()"],
  ])('%s: %s is an error', async (path, call) => {
    expect((await lintAs(path, probe(call), 'no-restricted-syntax')).join('\n')).toContain('deleted only by deleteReviews');
  });

  it.each([
    ['src/db/delete-reviews.ts', "db.reviews.delete('x')"],
    ['src/db/record.ts', "db.cards.delete('x')"],
    ['src/db/sync-store.ts', 'db.syncedIds.bulkDelete([])'],
  ])('%s: %s is allowed', async (path, call) => {
    expect(await lintAs(path, probe(call), 'no-restricted-syntax')).toEqual([]);
  });
});

describe('outside src/db the database is only a handle', { timeout: 180_000 }, () => {
  it.each([
    ['src/screens/settings/settings.tsx', "import { db } from '../../db/instance';\nexport const n = () => db.mocks.count();\n"],
    ['src/main.tsx', "import { db } from './db/instance';\nexport const open = () => db.open();\n"],
    [
      'src/sync/engine.ts',
      "import type { RehearseDb } from '../db/schema';\nexport const rows = (db: RehearseDb) => db.reviews.toArray();\n",
    ],
    ['src/state/deck.ts', "import { RehearseDb } from '../db/schema';\nexport const other = new RehearseDb('x');\n"],
  ])('%s: reaching a table is an error', async (path, code) => {
    expect((await lintAs(path, code, 'storage/db-handle-only')).join('\n')).toContain('outside src/db/ the database is only passed');
  });

  // The rule follows the database's type, not the name `db`: every way around a member read is caught too.
  const settings = (line: string) => `import { db } from '../../db/instance';\n${line}\n`;
  it.each([
    ['an alias', settings('const d = db;\nexport const n = () => d.mocks.count();')],
    ['destructuring', settings('const { mocks } = db;\nexport const n = mocks;')],
    ['a cast', settings('export const n = () => (db as unknown as { mocks: { count(): number } }).mocks.count();')],
    ['a function typed otherwise', settings('export const n = () => Object.values(db);')],
    ['a structural parameter', settings('const open = (x: { open(): unknown }) => x.open();\nexport const n = () => open(db);')],
    ['an object carrying it', settings('const holder = { db };\nexport const n = () => holder.db.reviews.count();')],
    ['a spread', settings('export const copy = { ...db };')],
  ])('%s of the handle is an error', async (_how, code) => {
    const messages = await lintAs('src/screens/settings/settings.tsx', code, 'storage/db-handle-only');
    expect(messages.join('\n')).toContain('outside src/db/ the database is only passed');
  });

  it('one member read is one error, however long the chain', async () => {
    const code = settings("export const n = () => db.reviews.where('day').above(0).count();");
    expect(await lintAs('src/screens/settings/settings.tsx', code, 'storage/db-handle-only')).toHaveLength(1);
  });

  it.each([
    [
      'src/screens/settings/settings.tsx',
      "import { db } from '../../db/instance';\nimport { countReviews } from '../../db/queries';\nexport const n = () => countReviews(db);\n",
    ],
    [
      'src/sync/engine.ts',
      "import type { RehearseDb } from '../db/schema';\nimport { countReviews } from '../db/queries';\nconst counter = (db: RehearseDb) => () => countReviews(db);\nexport const n = (db: RehearseDb) => counter(db)();\n",
    ],
    ['src/db/queries.ts', "import { db } from './instance';\nexport const n = () => db.reviews.count();\n"],
  ])('%s: passing it along, or src/db itself, is allowed', async (path, code) => {
    expect(await lintAs(path, code, 'storage/db-handle-only')).toEqual([]);
  });
});

describe('pure folders have no DOM', { timeout: 60_000 }, () => {
  function compilePure(code: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-pure-'));
    try {
      writeFileSync(join(dir, 'probe.ts'), code);
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: join(root, 'tsconfig.pure.json'), include: [], files: [join(dir, 'probe.ts')] }),
      );
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' });
      return '';
    } catch (error) {
      return String((error as { stdout?: Buffer }).stdout ?? error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('`document` does not compile under the pure config', () => {
    expect(compilePure('export const title = document.title;\n')).toContain("Cannot find name 'document'");
  });

  it('plain ES2022 compiles under the pure config', () => {
    expect(compilePure('export const days = [1, 2, 3].map((d) => d * 86_400_000);\n')).toBe('');
  });
});

describe('each part sees only its own globals', { timeout: 120_000 }, () => {
  /** The folder of the tsconfig.json that governs `folder`. */
  const configOf = (folder: string) => (folder.startsWith('server') ? 'server' : folder.startsWith('src/tools') ? 'src/tools' : 'src');

  /** tsc's errors for `code` compiled as a file in `folder` under the tsconfig.json that governs it ('' when it compiles). */
  function compileIn(folder: string, code: string): string {
    const tag = `probe-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const file = join(root, folder, `${tag}.ts`);
    const config = join(root, configOf(folder), `tsconfig.${tag}.json`);
    try {
      writeFileSync(file, code);
      writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', include: [], files: [file] }));
      // --noEmit: a probe must leave nothing behind (a config without noEmit would write probe-*.js beside it).
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', config, '--noEmit'], { stdio: 'pipe' });
      return '';
    } catch (error) {
      return String((error as { stdout?: Buffer }).stdout ?? error);
    } finally {
      rmSync(file, { force: true });
      rmSync(config, { force: true });
    }
  }

  it('`document` does not compile in server/', () => {
    expect(compileIn('server', 'export const title = document.title;\n')).toContain("Cannot find name 'document'");
  });

  it('`process` does not compile in a screen', () => {
    expect(compileIn('src/screens', 'export const home = process.env.HOME;\n')).toContain("Cannot find name 'process'");
  });

  it('Node compiles in server/ and in src/tools, the DOM in a screen', () => {
    expect(compileIn('server', 'export const home = process.env.HOME;\n')).toBe('');
    expect(compileIn('src/tools', "import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('x');\n")).toBe('');
    expect(compileIn('src/screens', 'export const title = () => document.title;\n')).toBe('');
  });
});
