// Importing a deck file: a file picker (always), drag and drop, and files opened with or shared to the installed app.
import { useEffect, useState } from 'preact/hooks';
import type { Deck } from '../../deck/types';
import { planImport, type ImportPlan } from '../../deck/diff';
import { compareVersions } from '../../deck/version';
import type { DeckProblem } from '../../deck/import-check';
import { saveImportedDeck } from '../../db/deck-edits';
import { db } from '../../db/instance';
import { builtinDeck, deckEntry, deckHref, fullEntry, refreshDecks } from '../../state/deck';
import { readDeckFile } from './read-file';
import { PlanSummary, ProblemList } from './import-preview';
import { listenForLaunchedFiles } from './launch-files';
import { takeSharedFile } from '../../pwa/shared-file';
import { describeStorageError } from '../../state/storage-error';
import { count } from '../../lib/count';

type Preview =
  | { state: 'problems'; file: string; problems: DeckProblem[] }
  | { state: 'plan'; file: string; deck: Deck; plan: ImportPlan; stored: Deck | undefined }
  | { state: 'done'; deck: Deck; updated: boolean }
  | { state: 'failed'; message: string };

async function inspect(file: File): Promise<Preview> {
  const check = await readDeckFile(file);
  if (!check.ok) return { state: 'problems', file: file.name, problems: check.problems };
  const entry = deckEntry(check.deck.id);
  const stored = entry && fullEntry(entry).deck;
  return { state: 'plan', file: file.name, deck: check.deck, plan: planImport(stored, check.deck, compareVersions), stored };
}

/** The import panel of the Decks screen. */
export function ImportPanel() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [dragging, setDragging] = useState(false);
  const open = (file: File | undefined): void => {
    if (!file) return;
    setPreview(null);
    inspect(file).then(setPreview, () =>
      setPreview({
        state: 'failed',
        message: `${file.name} could not be read (was it moved or changed while Rehearse read it?), so nothing was imported.`,
      }),
    );
  };
  useEffect(() => listenForLaunchedFiles(open), []);
  // "Share to Rehearse" lands here as /decks?shared=1 (or =none), the file kept by the service worker.
  useEffect(() => {
    if (!new URLSearchParams(location.search).has('shared')) return;
    const missing = (): void =>
      setPreview({
        state: 'failed',
        message: 'The shared file did not reach Rehearse, so nothing was imported: share the .md file again, or choose it below.',
      });
    takeSharedFile().then((file) => (file ? open(file) : missing()), missing);
  }, []);

  const apply = async (deck: Deck, updated: boolean): Promise<void> => {
    try {
      await saveImportedDeck(db, deck, builtinDeck(deck.id), Date.now());
      await refreshDecks();
      setPreview({ state: 'done', deck, updated });
    } catch (e) {
      setPreview({ state: 'failed', message: `Nothing was imported: ${describeStorageError(e)}. Your decks and progress are unchanged.` });
    }
  };

  return (
    <section class="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a deck</h2>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => (e.preventDefault(), setDragging(false), open(e.dataTransfer?.files[0]))}
      >
        <label for="deck-file">Choose a deck file (.md)</label>
        <input
          id="deck-file"
          type="file"
          accept=".md,.markdown,text/markdown,text/plain"
          onChange={(e) => {
            const input = e.currentTarget;
            open(input.files?.[0]);
            input.value = ''; // choosing the same file again (after fixing it) opens it again
          }}
        />
        <p class="muted">or drop it here. A deck is a Markdown file in Rehearse's deck format; at most 1 MB and 500 cards.</p>
      </div>
      <div aria-live="polite">
        {preview?.state === 'problems' && <ProblemList file={preview.file} problems={preview.problems} />}
        {preview?.state === 'failed' && <p role="alert">{preview.message}</p>}
        {preview?.state === 'done' && (
          <p role="status">
            {preview.updated ? 'Updated' : 'Imported'} “{preview.deck.title}” (version {preview.deck.version},{' '}
            {count(preview.deck.cards.length, 'card')}). <a href="/">See it on Today</a> or{' '}
            <a href={deckHref('/browse', preview.deck.id)}>browse its cards</a>.
          </p>
        )}
        {preview?.state === 'plan' && (
          <div class="import-plan">
            <PlanSummary deck={preview.deck} plan={preview.plan} stored={preview.stored} />
            {(preview.plan.kind === 'new' || preview.plan.kind === 'update') && (
              <div class="row">
                <button type="button" class="primary" onClick={() => void apply(preview.deck, preview.plan.kind === 'update')}>
                  {preview.plan.kind === 'new' ? 'Import this deck' : 'Apply the update'}
                </button>
                <button type="button" onClick={() => setPreview(null)}>
                  Cancel
                </button>
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
