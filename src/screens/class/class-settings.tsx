// Settings' Class section: the way to /class and, once this device is in a class, "Sync now" for classes. A class
// needs no pairing, so this works with personal sync off; with it on, Sync's own "Sync now" runs this too.
import { useEffect, useState } from 'preact/hooks';
import { db } from '../../db/instance';
import { inAnyClass } from '../../db/in-class';
import { syncIsOn } from '../../db/sync-credential';

/**
 * Syncs every class this device is in (pulls class decks, sends a summary where sharing is on); '' when it is in
 * none, else what happened in plain words. Class sync's code loads only here, on the tap.
 */
export async function syncClassesIfAny(): Promise<string> {
  if (!(await inAnyClass(db))) return '';
  const { syncClassesNow } = await import('../../sync/class-auto');
  const { CLOSED } = await import('../../sync/class-sync');
  const rows = await syncClassesNow();
  const problems = rows.filter((r) => r.role === 'student' && r.problem && r.problem !== CLOSED).map((r) => `${r.name}: ${r.problem}`);
  return problems.length > 0 ? `Classes not synced. ${problems.join(' ')}` : 'Classes synced: class decks are up to date and summaries were sent where you share.';
}

/** The Class section of Settings. */
export function ClassSettings() {
  const [inClass, setInClass] = useState(false);
  const [pairedSync, setPairedSync] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void Promise.all([inAnyClass(db), syncIsOn(db)]).then(([a, b]) => (setInClass(a), setPairedSync(b)));
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
