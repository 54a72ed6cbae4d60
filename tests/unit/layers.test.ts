// The layer rules hold by themselves: lint fails on a wrong-way import, and the pure folders cannot see the DOM.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lint messages for `code` as if it were the file at `path` (the real config, type-aware rules included). */
async function lintAs(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint loads the TypeScript project (type-aware rules): over a minute on a loaded 2-core machine.
describe('layer rules in lint', { timeout: 180_000 }, () => {
  it.each([
    ['src/srs/sm2.ts', "import { db } from '../db/instance';", 'src/srs/ may import only'],
    ['src/deck/parse.ts', "import { review } from '../srs/sm2';", 'src/deck/ may import only'],
    ['src/ui/percent.ts', "import { db } from '../db/instance';", 'src/ui/ may import only'],
    ['src/pwa/state.ts', "import { useStore } from '../ui/use-store';", 'src/pwa/ may import only'],
    ['src/db/schema.ts', "import { currentDeck } from '../state/deck';", 'src/db/ may import only'],
    ['src/shell/top-bar.tsx', "import { Today } from '../screens/today';", 'src/shell/ may import only'],
    ['src/state/deck.ts', "import { TopBar } from '../shell/top-bar';", 'src/state/ may import only'],
    ['src/screens/today.tsx', "import { App } from '../app';", 'src/screens/ may import only'],
    ['src/shell/top-bar.tsx', "import { NAV_ITEMS } from '../routes';", 'src/shell/ may import only'],
    ['src/screens/today.tsx', "import Dexie from 'dexie';", 'only src/db/ touches IndexedDB'],
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
    ['src/screens/today.tsx', "import { db } from '../db/instance';"],
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

describe('pure folders have no DOM', { timeout: 60_000 }, () => {
  function compilePure(code: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-pure-'));
    try {
      writeFileSync(join(dir, 'probe.ts'), code);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: join(root, 'tsconfig.pure.json'), include: [], files: [join(dir, 'probe.ts')] }));
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
