// What the deck schema cannot say about a pushed deck: the importer's own check, run on the deck's text.
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { checkDeckText } from '../src/deck/import-check';
import { serializeDeck } from '../src/deck/serialize';
import type { Deck } from '../src/deck/types';
import { withDrillFields } from '../src/deck/drill';

/** A pushed deck the importer accepts, with its canonical text's sha256 and size. */
export interface CheckedDeck {
  deck: Deck;
  hash: string;
  bytes: number;
}

/**
 * Writes the deck as a deck file and checks that file exactly as an import does (the format, 1 MB, 500
 * cards); the file must read back as the very deck pushed, so the server never stores what an importer
 * would refuse or read differently. Returns the deck, or what is wrong in plain words.
 */
export function checkPushedDeck(pushed: Deck): CheckedDeck | { problem: string } {
  const text = serializeDeck(pushed);
  const bytes = Buffer.byteLength(text, 'utf8');
  const where = `deck "${pushed.id}" version ${pushed.version}`;
  const check = checkDeckText(text, bytes);
  if (!check.ok) {
    const first = check.problems[0]!;
    return { problem: `${where} would not import: ${first.line > 0 ? `line ${first.line}: ` : ''}${first.message}` };
  }
  // An app from before drill kinds pushes outline cards without the drill fields: compare them as filled in.
  if (!isDeepStrictEqual(check.deck, withDrillFields(pushed)))
    return { problem: `${where} does not read back as the same deck from its own file` };
  return { deck: check.deck, hash: createHash('sha256').update(text).digest('hex'), bytes };
}
