// Command-line deck tool: `check FILE…` validates decks, `json FILE` prints one compiled deck.
import { readFileSync } from 'node:fs';
import { parseDeck } from '../deck/parse';
import { formatIssues } from '../deck/format-issues';

function load(file: string): ReturnType<typeof parseDeck> | null {
  try {
    return parseDeck(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as Error).message}`);
    return null;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function main(argv: string[]): number {
  const [command, ...files] = argv;
  if ((command !== 'check' && command !== 'json') || files.length === 0 || (command === 'json' && files.length !== 1)) {
    console.error('usage: npm run deck -- check FILE [FILE…]\n       npm run -s deck -- json FILE');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const result = load(file);
    if (!result) failed = true;
    else if (!result.ok) {
      console.error(formatIssues(file, result.issues));
      failed = true;
    } else if (command === 'json') process.stdout.write(`${JSON.stringify(result.deck, null, 2)}\n`);
    else console.log(`${file}: ok (${plural(result.deck.cards.length, 'card')} in ${plural(result.deck.groups.length, 'group')})`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
