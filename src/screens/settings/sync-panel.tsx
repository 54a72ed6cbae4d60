// Settings → Sync: turn sync on (shows a pairing code), pair with a code, devices, rotate the code, status.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../ui/use-store';
import { loadStatus, startAutoSync, syncNow, syncStatus, turnOff } from '../../sync/auto';
import { syncClassesIfAny } from '../class/class-settings';
import { newPairingCode, pairThisDevice, removeDevice, spaceDevices, startSpace, type DeviceInfo } from '../../sync/devices';

function when(time: number): string {
  return time ? new Date(time).toLocaleString() : 'never';
}

/** The sync panel (loaded only when Settings opens). */
export function SyncPanel() {
  const status = useStore(syncStatus);
  const [code, setCode] = useState('');
  const [typed, setTyped] = useState('');
  const [devices, setDevices] = useState<DeviceInfo[]>([]);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const refreshDevices = async () => setDevices(await spaceDevices());
  useEffect(() => {
    void loadStatus().then(() => {
      if (syncStatus.get().on) {
        startAutoSync();
        void refreshDevices();
      }
    });
  }, []);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem('');
    try {
      await work();
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (!status.on) {
    return (
      <section class="panel" aria-labelledby="sync">
        <h2 id="sync">Sync</h2>
        <p>
          Keep your reviews the same on your phone and laptop. Optional: everything works offline without it. Recordings never leave this
          device.
        </p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act(async () => {
              setCode(await startSpace());
              await refreshDevices();
            })
          }
        >
          Turn on sync
        </button>
        <form
          onSubmit={(e) => (
            e.preventDefault(),
            void act(async () => {
              await pairThisDevice(typed);
              setTyped('');
              await refreshDevices();
            })
          )}
        >
          <label for="pair-code">Or enter the pairing code from your other device</label>
          <input id="pair-code" value={typed} autocomplete="off" onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
          <button type="submit" disabled={busy || typed.trim() === ''}>
            Pair this device
          </button>
        </form>
        {problem && <p role="alert">{problem}</p>}
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="sync">
      <h2 id="sync">Sync</h2>
      <p data-testid="sync-status">
        Last synced: {when(status.lastSynced)}. {status.waiting} {status.waiting === 1 ? 'grade' : 'grades'} waiting
        {status.deletionsWaiting > 0 &&
          `, ${status.deletionsWaiting} deleted ${status.deletionsWaiting === 1 ? 'grade' : 'grades'} to delete on your other devices`}
        .{status.offline && ' Offline: sync resumes when you are back online.'}
      </p>
      {status.refused > 0 && (
        <p data-testid="sync-refused">
          {status.refused === 1 ? '1 grade stays' : `${status.refused} grades stay`} on this device only: the sync server cannot take{' '}
          {status.refused === 1 ? 'it' : 'them'} ({status.refusedWhy}). Everything else syncs.
        </p>
      )}
      {status.decksRefused > 0 && (
        <p data-testid="sync-decks-refused">
          {status.decksRefused === 1 ? '1 imported deck stays' : `${status.decksRefused} imported decks stay`} on this device only:{' '}
          {status.decksRefusedWhy}.
        </p>
      )}
      {(status.error || problem) && <p role="alert">{status.error || problem}</p>}
      <div class="row">
        <button
          type="button"
          disabled={status.running}
          onClick={() => void Promise.all([syncNow(), syncClassesIfAny().catch(() => '')]).then(refreshDevices)}
        >
          {status.running ? 'Syncing…' : 'Sync now'}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act(async () => {
              const next = await newPairingCode();
              if (next) setCode(next);
            })
          }
        >
          New pairing code
        </button>
      </div>
      {code && (
        <p>
          Pairing code (enter it on your other device): <strong data-testid="pairing-code">{code}</strong>
        </p>
      )}
      <h3>Devices</h3>
      <ul>
        {devices.map((d) => (
          <li key={d.id}>
            {d.name}
            {d.current ? ' (this device)' : ''}{' '}
            {!d.current && (
              <button
                type="button"
                onClick={() =>
                  act(async () => {
                    await removeDevice(d.id);
                    await refreshDevices();
                  })
                }
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => act(async () => (setCode(''), await turnOff()))}>
        Turn off sync on this device
      </button>
    </section>
  );
}
