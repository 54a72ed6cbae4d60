// Reading a chosen, dropped, opened or shared file into a checked deck (size first, so a huge file is never read).
import { MAX_DECK_BYTES, checkDeckText, type DeckCheck } from '../../deck/import-check';

/** Reads `file` as text and checks it as a deck; a file over the size limit is refused without reading it. */
export async function readDeckFile(file: Blob): Promise<DeckCheck> {
  if (file.size > MAX_DECK_BYTES) return checkDeckText('', file.size);
  return checkDeckText(await file.text(), file.size);
}
