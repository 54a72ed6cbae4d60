// Settings panel: whether storage is persistent, what this browser may do with the data, and the protections that exist.
import { useEffect, useState } from 'preact/hooks';
import { isPersisted } from '../../db/durability';
import { currentInstallWay } from '../../pwa/install';
import { INSTALL_STEPS, storageAdvice, type Protection } from '../../pwa/install-advice';

/** One protection against losing data, in words, pointing at where Settings offers it. */
function Offer({ kind, installSteps }: { kind: Protection; installSteps: string }) {
  if (kind === 'install') return <li>{installSteps || 'Install Rehearse (App, below): installed apps keep their data.'}</li>;
  if (kind === 'backup')
    return (
      <li>
        Export a backup now and then (<a href="#backup">Backup</a>, below).
      </li>
    );
  return (
    <li>
      Turn on sync to keep a copy on your other devices (<a href="#sync">Sync</a>, below).
    </li>
  );
}

/** Tells the user whether their progress is protected from the browser's storage clean-up, and how to protect it. */
export function StorageStatus({ asked }: { asked: boolean }) {
  // undefined while checking; null when the browser cannot say.
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  useEffect(() => {
    isPersisted().then(setPersisted, () => setPersisted(null));
  }, []);
  const way = currentInstallWay();
  const canPersist = typeof navigator.storage?.persist === 'function';
  const advice = persisted === undefined ? null : storageAdvice({ canPersist, persisted, asked, way });
  return (
    <section class="panel" aria-labelledby="storage">
      <h2 id="storage">Storage</h2>
      <p data-testid="persistence">{advice ? advice.text : 'Checking…'}</p>
      {advice && advice.offers.length > 0 && (
        <ul data-testid="protections" aria-label="How to protect your progress">
          {advice.offers.map((kind) => (
            <Offer key={kind} kind={kind} installSteps={INSTALL_STEPS[way]} />
          ))}
        </ul>
      )}
    </section>
  );
}
