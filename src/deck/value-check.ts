// Checking a deck that arrives as a value (a synced deck version) exactly as an imported file is checked:
// it is written as a deck file, and that file goes through the importer's check.
import { checkDeckText, type DeckCheck } from './import-check';
import { serializeDeck } from './serialize';
import type { Deck } from './types';

/** The size in bytes of `text` as UTF-8 (what the 1 MB limit measures). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Checks a deck value as the importer checks a file: the deck it returns is the one the importer would
 * read from that file (never the value itself), so nothing is stored that an import would refuse. A value
 * that is not a deck at all, or whose file reads back under another id or version, is refused.
 */
export function checkDeckValue(value: unknown): DeckCheck {
  const refuse = (message: string): DeckCheck => ({ ok: false, problems: [{ line: 0, message, text: '' }] });
  const claimed = value as Partial<Deck> | null;
  if (typeof claimed !== 'object' || claimed === null || typeof claimed.id !== 'string' || typeof claimed.version !== 'string')
    return refuse('this is not a deck');
  let text: string;
  try {
    text = serializeDeck(claimed as Deck);
  } catch {
    return refuse(`deck "${claimed.id}" is not in the shape of a deck`);
  }
  const check = checkDeckText(text, utf8Length(text));
  if (check.ok && (check.deck.id !== claimed.id || check.deck.version !== claimed.version))
    return refuse(`deck "${claimed.id}" does not read back as itself`);
  return check;
}
