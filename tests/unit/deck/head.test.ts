// A deck's head (what Today draws) and the build's files: the heads carry no card text, the page preloads only them,
// and each full deck is still emitted for the screens that show card text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deckHead, isFullDeck, type DeckHead } from '../../../src/deck/head';
import { parseDeck } from '../../../src/deck/parse';
import type { Deck } from '../../../src/deck/types';
import { builtinDecks } from '../../../src/tools/vite-deck-plugin';

const deckFile = (name: string): string => fileURLToPath(new URL(`../../../data/decks/${name}.md`, import.meta.url));

function builtin(name: string): Deck {
  const result = parseDeck(readFileSync(deckFile(name), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.deck;
}

describe('deckHead', () => {
  const deck = builtin('senior-python');
  const head = deckHead(deck);

  it('keeps what Today draws and plans with: ids, titles, groups, each card with its group, the mock size', () => {
    expect(head).toMatchObject({ id: deck.id, title: deck.title, version: deck.version, groups: deck.groups });
    expect(head.cards).toEqual(deck.cards.map((c) => ({ id: c.id, group: c.group })));
    expect(head.interview).toEqual({ questions: deck.interview!.questions, groups: deck.interview!.groups, pair: deck.interview!.pair });
  });

  it('carries none of the card text, and is a small part of the deck', () => {
    const json = JSON.stringify(head);
    for (const card of deck.cards) expect(json).not.toContain(card.prompt.slice(0, 30));
    expect(Object.keys(head).sort()).toEqual(['cards', 'groups', 'id', 'interview', 'title', 'version']);
    expect(json.length).toBeLessThan(JSON.stringify(deck).length / 20);
  });

  it('tells a head from a full deck', () => {
    expect(isFullDeck(head)).toBe(false);
    const full: DeckHead = deck; // every full deck is a head too
    expect(isFullDeck(full)).toBe(true);
    const undescribed: Deck = { ...deck, description: '' };
    const asHead: DeckHead = undescribed;
    expect(isFullDeck(asHead)).toBe(true);
  });
});

describe('build plugin files', () => {
  const decks = ['senior-python', 'concurrency-drills'];
  const plugin = builtinDecks(decks.map(deckFile));
  (plugin.buildStart as (this: unknown) => void).call({ addWatchFile: () => undefined });
  const emitted = new Map<string, string>();
  (plugin.generateBundle as (this: unknown) => void).call({
    emitFile: ({ fileName, source }: { fileName: string; source: string }) => emitted.set(`/${fileName}`, source),
  });
  const module = (plugin.load as (id: string) => string)('\0virtual:builtin-decks');
  const headsUrl = JSON.parse(/headsUrl = (".*?");/.exec(module)![1]) as string;
  const deckUrls = JSON.parse(/deckUrls = (\[.*?\]);/.exec(module)![1]) as string[];

  it('emits each full deck and one file of their heads, in the order given', () => {
    expect(deckUrls.map((url) => (JSON.parse(emitted.get(url)!) as Deck).id)).toEqual(decks);
    expect(JSON.parse(emitted.get(headsUrl)!)).toEqual(decks.map((d) => deckHead(builtin(d))));
    expect([...emitted.keys()].sort()).toEqual([...deckUrls, headsUrl].sort());
  });

  it('has index.html preload the heads only, never a full deck', () => {
    const tags = (plugin.transformIndexHtml as unknown as () => { attrs: { rel: string; href: string } }[])();
    expect(tags.map((t) => t.attrs)).toEqual([expect.objectContaining({ rel: 'preload', href: headsUrl })]);
  });
});
