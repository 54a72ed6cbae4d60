// The deck tool as an author uses it: `npm run deck -- check` and `json`, and the build refusing a bad deck.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinDecks } from '../../../src/tools/vite-deck-plugin';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const valid = fileURLToPath(new URL('./fixtures/valid.md', import.meta.url));

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(tsx, ['src/tools/deck-cli.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

function brokenDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-'));
  const file = join(dir, 'broken.md');
  writeFileSync(file, '# Deck broken: Broken\nVersion: 1\n\n## Group g: G\n\n### Card a\n> Q?\n\n#### Outline\n- one\n');
  return file;
}

describe('deck command line', () => {
  it('check: says ok for a valid deck and exits 0', () => {
    const result = run('check', valid);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ok (1 card in 1 group)');
  });

  it('check: names the file and line of each problem and exits 1', () => {
    const file = brokenDeck();
    const result = run('check', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:9: card "a" has too few outline points: 1 (at least 5)`);
    expect(result.stderr).toContain(`${file}:6: card "a" needs at least 2 follow-ups under "#### Follow-ups" (has 0)`);
    expect(result.stderr).toContain(`${file}:6: card "a" needs at least 2 red flags under "#### Red flags" (has 0)`);
  });

  it('json: prints the compiled deck on stdout', () => {
    const result = run('json', valid);
    const deck = JSON.parse(result.stdout) as { id: string; cards: { id: string; group: string; outline: string[] }[] };
    expect(deck.id).toBe('mini');
    expect(deck.cards[0]).toMatchObject({ id: 'first', group: 'basics' });
  });

  it('reports a missing file and bad usage', () => {
    expect(run('check', '/nonexistent/deck.md')).toMatchObject({ code: 1 });
    expect(run('frobnicate')).toMatchObject({ code: 2 });
  });
});

describe('build plugin', () => {
  it('fails the build with FILE:LINE messages for a malformed built-in deck', () => {
    const plugin = builtinDecks([valid, brokenDeck()]);
    const buildStart = plugin.buildStart as (this: unknown) => void;
    expect(() => buildStart.call({ addWatchFile: () => undefined })).toThrow(
      /malformed built-in deck:\n.*broken\.md:6: card "a" needs at least 2 follow-ups/,
    );
  });

  it('the build plugin serves every built-in deck, in order, and refuses two with the same id', () => {
    const plugin = builtinDecks([valid]);
    const load = plugin.load as (id: string) => string;
    (plugin.buildStart as (this: unknown) => void).call({ addWatchFile: () => undefined });
    expect(load('\0virtual:builtin-decks')).toMatch(
      /^export const headsUrl = "\/assets\/builtin-decks-[0-9a-f]{10}\.json";\nexport const deckUrls = \["\/assets\/deck-[a-z0-9-]+-[0-9a-f]{10}\.json"\];$/,
    );
    const twice = builtinDecks([valid, valid]);
    expect(() => (twice.buildStart as (this: unknown) => void).call({ addWatchFile: () => undefined })).toThrow(
      /two built-in decks share the id/,
    );
  });
});
