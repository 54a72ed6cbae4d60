// Settings panel: whether storage is persistent, and the Safari seven-day warning.
import { useEffect, useState } from 'preact/hooks';
import { isPersisted } from '../db/durability';
import { isSafari } from '../pwa/install';

const EVICTABLE = 'the browser may clear your progress when the device runs low on space.';

/** Tells the user whether their progress is protected from the browser's storage clean-up. */
export function StorageStatus({ asked }: { asked: boolean }) {
  // undefined while checking; null when the browser cannot say.
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  useEffect(() => {
    isPersisted().then(setPersisted, () => setPersisted(null));
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
            : `Storage is not persistent yet: ${EVICTABLE} Rehearse asks for persistent storage when your first review session ends; installing the app helps browsers grant it.`)}
        {persisted === null && 'This browser cannot say whether storage is persistent.'}
      </p>
      {isSafari() && (
        <p class="banner">
          Safari may delete this site's data after 7 days without a visit. Add Rehearse to your Home Screen to keep it, and open
          it at least once a week.
        </p>
      )}
    </section>
  );
}
