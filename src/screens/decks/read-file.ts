// Reading a chosen, dropped, opened or shared file into a checked deck (size first, so a huge file is never read).
import { MAX_DECK_BYTES, checkDeckText, type DeckCheck } from '../../deck/import-check';

/** Reads `file` as text and checks it as a deck; a file over the size limit is refused without reading it. */
export async function readDeckFile(file: Blob): Promise<DeckCheck> {
  if (file.size > MAX_DECK_BYTES) return checkDeckText('', file.size);
  return checkDeckText(await file.text(), file.size);
}

/** Saves `text` as a file named `name` through the browser's download. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
