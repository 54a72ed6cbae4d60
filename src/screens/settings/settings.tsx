// Settings: theme, new cards per day, interview date, storage, app updates, and resetting progress.
import { useState } from 'preact/hooks';
import { loadSettings, saveSetting, type Settings as SettingValues, type Theme } from '../../db/settings';
import { resetCounts, resetProgress } from '../../db/reset-progress';
import { describeStorageError } from '../../state/storage-error';
import { useLive } from '../../state/use-live';
import { applyTheme } from '../../shell/theme';
import { db } from '../../db/instance';
import { activeDeck } from '../../state/deck';
import { StorageStatus } from './storage-status';
import { AppPanel } from './app-panel';
import { BackupPanel } from './backup-panel';
import { ClassSettings } from '../class/class-settings';
import type { ComponentType } from 'preact';
import { useEffect as useMountEffect } from 'preact/hooks';

// The sync panel and the sync client are their own chunk, fetched when Settings opens.
function SyncPanel() {
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  useMountEffect(() => void import('./sync-panel').then((m) => setPanel(() => m.SyncPanel)), []);
  return Panel ? <Panel /> : null;
}

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Match the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function ResetPanel() {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  // What resetProgress deletes, counted: grades of every deck, mock interviews and their recordings.
  const counts = useLive(() => resetCounts(db), []);
  const n = (count: number | undefined, one: string, many: string) => `${count ?? 0} ${count === 1 ? one : many}`;
  return (
    <section class="panel" aria-labelledby="reset">
      <h2 id="reset">Reset progress</h2>
      {!confirming ? (
        <button type="button" class="danger" onClick={() => (setConfirming(true), setDone(false))}>
          Reset progress…
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="reset-q" aria-describedby="reset-d">
          <p id="reset-q">
            <strong>Delete all progress?</strong>
          </p>
          <p id="reset-d">
            This deletes {n(counts?.grades, 'saved grade', 'saved grades')}, every card's schedule,{' '}
            {n(counts?.mocks, 'mock interview', 'mock interviews')} and {n(counts?.recordings, 'recording', 'recordings')}. It cannot be
            undone.
            {counts?.synced && ' Sync is on, so the grades are deleted on your other devices too.'}
          </p>
          <div class="row">
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button type="button" class="danger" onClick={() => void resetProgress(db).then(() => (setConfirming(false), setDone(true)))}>
              Yes, delete my progress
            </button>
          </div>
        </div>
      )}
      {done && <p role="status">Progress reset.</p>}
    </section>
  );
}

/** The Settings screen. */
export function Settings() {
  const [saveError, setSaveError] = useState<string | null>(null);
  // A full disk used to drop a change silently (issue 14): say which change was not kept, and why.
  const save = <K extends keyof SettingValues>(key: K, value: SettingValues[K], what: string): void => {
    setSaveError(null);
    saveSetting(db, key, value).catch((error: unknown) => setSaveError(`Your ${what} was not saved: ${describeStorageError(error)}.`));
  };
  const settings = useLive(() => loadSettings(db), []);
  if (!settings)
    return (
      <main id="main" aria-busy="true">
        <p class="muted">Loading…</p>
      </main>
    );
  return (
    <main id="main">
      <h1>Settings</h1>
      {saveError && (
        <p role="alert" class="banner error">
          {saveError}
        </p>
      )}
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} class="radio">
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={settings.theme === t.value}
              onChange={() => (applyTheme(t.value), save('theme', t.value, 'theme'))}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <section class="panel" aria-labelledby="study">
        <h2 id="study">Study</h2>
        <p>
          <label for="new-per-day">New cards per day</label>
          <br />
          <select
            id="new-per-day"
            value={String(settings.newPerDay)}
            onChange={(e) => save('newPerDay', Number((e.target as HTMLSelectElement).value), 'number of new cards per day')}
          >
            <option value="0">All ({activeDeck().cards.length})</option>
            {[2, 4, 6, 8].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="interview-date">Interview date (Today shows your readiness on that day)</label>
          <br />
          <input
            id="interview-date"
            type="date"
            value={settings.interviewDate}
            onChange={(e) => save('interviewDate', (e.target as HTMLInputElement).value, 'interview date')}
          />
        </p>
        <p>
          <label for="daily-minutes">Study time a day for the interview plan, in minutes (0: no limit)</label>
          <br />
          <input
            id="daily-minutes"
            type="number"
            min={0}
            max={600}
            step={5}
            value={String(settings.dailyMinutes)}
            onChange={(e) => {
              const minutes = Math.round(Number((e.target as HTMLInputElement).value));
              if (Number.isFinite(minutes) && minutes >= 0 && minutes <= 600) save('dailyMinutes', minutes, 'study time a day');
            }}
          />
        </p>
      </section>
      <StorageStatus asked={settings.persistAsked} />
      <BackupPanel lastBackup={settings.lastBackup} />
      <SyncPanel />
      <ClassSettings />
      <AppPanel />
      <ResetPanel />
    </main>
  );
}
