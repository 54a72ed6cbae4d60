// Setting up a mock: how many questions, which groups, the answer target, follow-ups, recording, weakest cards first.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { composeMock } from '../../srs/mock-compose';
import { DEFAULT_TARGET_SECONDS, interviewRules, mockMinutes, rangeText } from '../../srs/mock-rules';
import { cardReadiness } from '../../srs/readiness';
import { isDrill } from '../../deck/drill';
import type { MockOptions } from '../../db/schema';
import { db } from '../../db/instance';
import { createMock } from '../../db/mocks';
import { activeDeck } from '../../state/deck';
import { loadScheduledCards } from '../../state/load-cards';
import { mockHref } from './href';
import { describeStorageError } from '../../state/storage-error';

const TARGETS = [60, 120, 180, 240];

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/** The set-up form; "Start" composes the mock, stores it and opens it. */
export function MockSetup() {
  const deck = activeDeck();
  const asked = deck.cards.filter((c) => !isDrill(c));
  const rules = interviewRules(deck.interview, asked.length, new Set(asked.map((c) => c.group)).size);
  const counts = Array.from({ length: rules.questions.max - rules.questions.min + 1 }, (_, i) => rules.questions.min + i);
  const { route } = useLocation();
  const [count, setCount] = useState(counts[Math.floor((counts.length - 1) / 2)]);
  const [auto, setAuto] = useState(true);
  const [picked, setPicked] = useState<string[]>([]);
  const [targetSeconds, setTarget] = useState(DEFAULT_TARGET_SECONDS);
  const [followUps, setFollowUps] = useState(true);
  const [record, setRecord] = useState(false);
  const [favourWeakest, setFavour] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    const now = Date.now();
    const cards = (await loadScheduledCards()).map((c) => {
      const card = deck.cards.find((d) => d.id === c.id)!;
      return {
        id: c.id,
        group: c.group,
        tags: card.tags,
        readiness: cardReadiness(c.schedule, now),
        followUps: card.followUps.length,
        drill: isDrill(card),
      };
    });
    const options: MockOptions = { count, groups: auto ? 'auto' : picked, favourWeakest, followUps, targetSeconds, record };
    const seed = randomSeed();
    const composed = composeMock(rules, cards, options, seed);
    if (!composed.ok) {
      setBusy(false);
      return setError(composed.message);
    }
    const mock = await createMock(db, { deckId: deck.id, seed, options, questions: composed.questions, now });
    route(mockHref(mock));
  };

  const check = (label: string, value: boolean, set: (v: boolean) => void, hint?: string) => (
    <label class="radio">
      <input type="checkbox" checked={value} onChange={(e) => set(e.currentTarget.checked)} />
      <span>
        {label}
        {hint && <span class="muted"> · {hint}</span>}
      </span>
    </label>
  );
  return (
    <form
      class="mock-setup"
      onSubmit={(e) => {
        e.preventDefault();
        void start().catch((c: unknown) => {
          setBusy(false);
          setError(`The mock could not be started, and nothing was saved: ${describeStorageError(c)}.`);
        });
      }}
    >
      <p>
        {rangeText(rules.questions)} questions, asked one at a time, about {mockMinutes(rules, targetSeconds, followUps)} min. Answer out
        loud; the outline stays hidden until the self-review at the end.
      </p>
      <fieldset>
        <legend>Questions</legend>
        <div class="row">
          {counts.map((n) => (
            <label key={n} class="radio">
              <input type="radio" name="count" checked={count === n} onChange={() => setCount(n)} /> {n}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Groups</legend>
        <label class="radio">
          <input type="radio" name="groups" checked={auto} onChange={() => setAuto(true)} /> Automatic, by the deck's rules
        </label>
        <label class="radio">
          <input type="radio" name="groups" checked={!auto} onChange={() => setAuto(false)} /> Let me pick {rangeText(rules.groups)}
        </label>
        {!auto &&
          deck.groups.map((g) => (
            <label key={g.id} class="radio indent">
              <input
                type="checkbox"
                checked={picked.includes(g.id)}
                onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, g.id] : picked.filter((p) => p !== g.id))}
              />
              {g.title}
            </label>
          ))}
      </fieldset>
      <fieldset>
        <legend>Answers</legend>
        <label class="radio">
          Time per answer
          <select value={targetSeconds} onChange={(e) => setTarget(Number(e.currentTarget.value))}>
            {TARGETS.map((s) => (
              <option key={s} value={s}>
                {s / 60} min
              </option>
            ))}
          </select>
        </label>
        {check('Follow-up questions', followUps, setFollowUps, 'half the time')}
        {check('Record my answers', record, setRecord, 'kept only on this device')}
        {check('Favour my weakest cards', favourWeakest, setFavour)}
      </fieldset>
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      <div class="mock-actions static">
        <button type="submit" class="primary wide big" disabled={busy}>
          Start mock interview
        </button>
      </div>
    </form>
  );
}
