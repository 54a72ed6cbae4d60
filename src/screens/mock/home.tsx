// /mock: resume a mock in progress, start a new one, and look back at the open deck's past mocks.
import { activeMock, discardMock, listMocks } from '../../db/mocks';
import { recordingUsage } from '../../db/recordings';
import { db } from '../../db/instance';
import { useLive } from '../../state/use-live';
import { activeDeck } from '../../state/deck';
import { MockSetup } from './setup';
import { isDrill } from '../../deck/drill';
import { NO_MOCK_MESSAGE } from '../../srs/mock-compose';
import { MockHistory } from './history';
import { mockHref } from './href';

/** The mock-interview home. */
export function MockHome() {
  const data = useLive(async () => ({ active: await activeMock(db), mocks: await listMocks(db), usage: await recordingUsage(db) }), []);
  if (!data)
    return (
      <main id="main" aria-busy="true">
        <p class="muted">Loading…</p>
      </main>
    );
  const { active } = data;
  return (
    <main id="main">
      <h1>Mock interview</h1>
      {active && (
        <section class="panel" aria-labelledby="resume">
          <h2 id="resume">A mock is in progress</h2>
          <p>
            {active.progress.phase === 'asking'
              ? `Question ${active.progress.index + 1} of ${active.questions.length}.`
              : `Self-review: question ${active.progress.index + 1} of ${active.questions.length}.`}
          </p>
          <div class="row">
            <a class="button primary" href={mockHref(active)}>
              Resume
            </a>
            <button type="button" class="danger" onClick={() => void discardMock(db, active.id)}>
              Discard it
            </button>
          </div>
        </section>
      )}
      {activeDeck().cards.some((c) => !isDrill(c)) ? <MockSetup /> : <p class="panel">{NO_MOCK_MESSAGE}</p>}
      {/* The open deck's mocks only: each is scored against its own deck's outlines, and trends mix no decks. */}
      <MockHistory mocks={data.mocks.filter((m) => m.progress.phase === 'done' && m.deckId === activeDeck().id)} usage={data.usage} />
    </main>
  );
}
