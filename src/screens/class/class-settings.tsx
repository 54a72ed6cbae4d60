// Settings' Class section: the way to /class and, once this device is in a class, "Sync now" for classes. A class
// needs no pairing, so this works with personal sync off; with it on, Sync's own "Sync now" runs this too.
import { useEffect, useState } from 'preact/hooks';
import { db } from '../../db/instance';
import { syncIsOn } from '../../db/sync-credential';
// Static, though only a tap uses it: a dynamic import here cut Vite's preload helper out of the entry chunk into
// one of its own, 0.25 KB gzip more first-load JS. Settings is itself a lazy chunk.
import { CLOSED, inAClass, syncClassesNow } from '../../sync/class-auto';

/**
 * Syncs every class this device is in (pulls class decks, sends a summary where sharing is on); '' when it is in
 * none, else what happened in plain words.
 */
export async function syncClassesIfAny(): Promise<string> {
  if (!(await inAClass())) return '';
  const rows = await syncClassesNow();
  const problems = rows.filter((r) => r.role === 'student' && r.problem && r.problem !== CLOSED).map((r) => `${r.name}: ${r.problem}`);
  return problems.length > 0
    ? `Classes not synced. ${problems.join(' ')}`
    : 'Classes synced: class decks are up to date and summaries were sent where you share.';
}

/** The Class section of Settings. */
export function ClassSettings() {
  const [inClass, setInClass] = useState(false);
  const [pairedSync, setPairedSync] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void Promise.all([inAClass(), syncIsOn(db)]).then(([a, b]) => (setInClass(a), setPairedSync(b)));
  }, []);
  const sync = async () => {
    setBusy(true);
    try {
      setMessage(await syncClassesIfAny());
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="class-link">
      <h2 id="class-link">Class</h2>
      <p>
        Bootcamp or course? <a href="/class">Join a class or start one</a>: an instructor publishes decks to the class, and students choose
        whether to share their progress.
      </p>
      {inClass && pairedSync && <p>Sync now, above, syncs your classes too.</p>}
      {inClass && !pairedSync && (
        <div class="row">
          <button type="button" disabled={busy} onClick={() => void sync()}>
            {busy ? 'Syncing…' : 'Sync classes now'}
          </button>
        </div>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
