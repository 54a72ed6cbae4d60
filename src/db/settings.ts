// User settings, kept in the `meta` table beside the data they describe.
import type { RehearseDb } from './schema';

/** The colour theme: follow the system, or force light or dark. */
export type Theme = 'system' | 'light' | 'dark';

/** Every setting with its type. */
export interface Settings {
  theme: Theme;
  /** New cards introduced per day; 0 means all of them. */
  newPerDay: number;
  /** Local ISO date of the interview, or '' when not set. */
  interviewDate: string;
  /** Minutes a day the interview plan may fill; 0 means no limit. */
  dailyMinutes: number;
  /** Time of the last backup export, or 0 for never. */
  lastBackup: number;
  /** True once persistent storage has been asked for. */
  persistAsked: boolean;
}

/** The settings a new user starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  newPerDay: 0,
  interviewDate: '',
  dailyMinutes: 0,
  lastBackup: 0,
  persistAsked: false,
});

/** All settings, defaults filled in. */
export async function loadSettings(db: RehearseDb): Promise<Settings> {
  const rows = await db.meta.where('key').startsWith('setting:').toArray();
  const stored = Object.fromEntries(rows.map((r) => [r.key.slice('setting:'.length), r.value]));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}

/** Saves one setting. */
export async function saveSetting<K extends keyof Settings>(db: RehearseDb, key: K, value: Settings[K]): Promise<void> {
  await db.meta.put({ key: `setting:${key}`, value });
  // Settings that sync across devices keep their change time: the latest change wins everywhere.
  if (key === 'theme' || key === 'newPerDay' || key === 'interviewDate') {
    const times = ((await db.meta.get('sync:settingTimes'))?.value ?? {}) as Record<string, number>;
    await db.meta.put({ key: 'sync:settingTimes', value: { ...times, [key]: Date.now() } });
  }
}
