// What JSON schema cannot say about a pushed body: fields that must agree with each other.

/** A review row after schema validation. */
export interface PushedReview {
  id: string;
  cardKey: string;
  deckId: string;
  cardId: string;
  time: number;
  day: number;
  grade: number;
  ticked: number[];
  pointCount: number;
  coverage: number;
  durationMs: number;
  mode: 'review' | 'drill' | 'interview';
  counted: boolean;
  mockId?: string;
}

/** A setting after schema validation. */
export interface PushedSetting {
  key: 'theme' | 'newPerDay' | 'interviewDate';
  value: string | number;
  updatedAt: number;
}

/** The same cross-field rules as the app's backup import; returns what is wrong with a row, or null. */
export function reviewProblem(r: PushedReview): string | null {
  if (r.cardKey !== `${r.deckId}/${r.cardId}`) return 'has a cardKey that does not match deckId/cardId';
  if (r.counted && r.mode !== 'review') return `is a ${r.mode} grade marked as an SM-2 repetition`;
  if (r.mockId !== undefined && r.mode !== 'interview') return 'names a mock but is not an interview grade';
  if (r.ticked.some((t) => t >= r.pointCount)) return 'ticks more outline points than it has';
  // The local day can differ from the UTC day by at most one (time zones span UTC−12 to UTC+14).
  if (Math.abs(r.day - Math.floor(r.time / 86_400_000)) > 1) return 'has a day that does not match its time';
  return null;
}

const SETTING_OK: Record<PushedSetting['key'], (v: string | number) => boolean> = {
  theme: (v) => v === 'system' || v === 'light' || v === 'dark',
  newPerDay: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1000,
  interviewDate: (v) => v === '' || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
};

/** Returns what is wrong with a pushed setting's value, or null. */
export function settingProblem(s: PushedSetting): string | null {
  return SETTING_OK[s.key](s.value) ? null : `has a value that is not valid for ${s.key}`;
}

/** The first problem in a push body, as a message naming the row, or null. */
export function pushProblem(reviews: PushedReview[], settings: PushedSetting[]): string | null {
  const ids = new Set<string>();
  for (const [i, r] of reviews.entries()) {
    const p = reviewProblem(r) ?? (ids.has(r.id) ? 'repeats an id' : null);
    if (p) return `review ${i + 1} ${p}`;
    ids.add(r.id);
  }
  const keys = new Set<string>();
  for (const [i, s] of settings.entries()) {
    const p = settingProblem(s) ?? (keys.has(s.key) ? 'repeats a key' : null);
    if (p) return `setting ${i + 1} ${p}`;
    keys.add(s.key);
  }
  return null;
}
