// Settings panel: whether storage is persistent, and the Safari seven-day warning.
import { useEffect, useState } from 'preact/hooks';
import { isPersisted } from '../db/durability';
import { loadSettings } from '../db/settings';
import { db } from '../app-state';

function isSafari(userAgent: string): boolean {
  return /Safari/.test(userAgent) && !/Chrome|Chromium|CriOS|FxiOS|EdgiOS|Android/.test(userAgent);
}

const EVICTABLE = 'the browser may clear your progress when the device runs low on space.';

/** Tells the user whether their progress is protected from the browser's storage clean-up. */
export function StorageStatus() {
  // undefined while checking; null when the browser cannot say. Both answers land together, so the
  // sentence never flickers between "not yet asked" and "refused".
  const [{ persisted, asked }, setStatus] = useState<{ persisted: boolean | null | undefined; asked: boolean }>({ persisted: undefined, asked: false });
  useEffect(() => {
    const asking = loadSettings(db).then((s) => s.persistAsked, () => false);
    const answer = isPersisted().catch(() => null);
    void Promise.all([answer, asking]).then(([p, a]) => setStatus({ persisted: p, asked: a }));
  }, []);
  return (
    <section class="panel" aria-labelledby="storage">
      <h2 id="storage">Storage</h2>
      <p data-testid="persistence">
        {persisted === undefined && 'Checking…'}
        {persisted === true && 'Storage is persistent: the browser will not clear your progress to free space.'}
        {persisted === false &&
          (asked
            ? `Storage is not persistent: ${EVICTABLE} The browser did not grant persistent storage when Rehearse asked; installing the app usually lets it. Export a backup now and then.`
            : `Storage is not persistent yet: ${EVICTABLE} Rehearse asks for persistent storage after your first review; installing the app helps browsers grant it.`)}
        {persisted === null && 'This browser cannot say whether storage is persistent.'}
      </p>
      {isSafari(navigator.userAgent) && (
        <p class="banner">
          Safari may delete this site's data after 7 days without a visit. Add Rehearse to your Home Screen to keep it, and open
          it at least once a week.
        </p>
      )}
    </section>
  );
}
