// The gate every mock interview and recording in a backup passes (issue 14), like the review log's gate:
// it accepts exactly what the app writes, within bounds, and rebuilds each row from its known fields only.
import { isSlug, MAX_OUTLINE_POINTS } from '../deck/types';
import { EARLIEST_TIME, GateError, MAX_CLOCK_SKEW_MS, quote, timeText, UUID_PATTERN, wholeNumber } from '../srs/log-gate';
import type { AnswerTimes, MockProgress, QuestionReview } from '../srs/mock-session';
import type { MockQuestion } from '../srs/mock-compose';
import type { MockOptions, MockRow, RecordingRow } from './schema';

/** A recording in a backup file: the audio as base64 text. */
export type RecordingJson = Omit<RecordingRow, 'data'> & { data: string };

/** Most questions in one mock (deck rules ask for a handful). */
export const MAX_MOCK_QUESTIONS = 50;
/** The largest recording read from a backup, in bytes of audio (an hour of speech in Opus is about 30 MB). */
export const MAX_RECORDING_BYTES = 64 * 1024 * 1024;
/** Most follow-ups, red flags or interviewer tips a card or deck has: indexes above this cannot point at anything. */
const MAX_INDEX = 99;
const UUID = new RegExp(UUID_PATTERN);
const MOCK_FIELDS = ['id', 'deckId', 'seed', 'createdAt', 'finishedAt', 'options', 'questions', 'progress'];
const OPTION_FIELDS = ['count', 'groups', 'favourWeakest', 'followUps', 'targetSeconds', 'record'];
const PROGRESS_FIELDS = ['phase', 'index', 'part', 'step', 'stepStartedAt', 'answers', 'reviews', 'tips'];
const RECORDING_FIELDS = ['mockId', 'question', 'part', 'mime', 'data', 'bytes', 'durationMs', 'createdAt'];
const MIME = /^audio\/[a-z0-9.+-]{1,40}(;\s?codecs=[a-z0-9.,"+-]{1,40})?$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

type Fields = Record<string, unknown>;

/** Throws the refusal of one row: what it is, and what is wrong with it. */
function refuse(where: string, problem: string): never {
  throw new GateError(`${where} ${problem}`);
}

/** The value as a plain object with no field but `allowed` (a file's `__proto__` or unknown keys are refused, never kept). */
function record(value: unknown, allowed: readonly string[], where: string, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(where, `has ${what} that is not an object`);
  const extra = Object.keys(value).find((k) => !allowed.includes(k));
  if (extra !== undefined) refuse(where, `has a field Rehearse does not write (${quote(extra)})`);
  return value as Fields;
}

const isTime = (v: unknown, now: number): v is number => wholeNumber(v, EARLIEST_TIME, now + MAX_CLOCK_SKEW_MS);

function time(v: unknown, now: number, where: string, what: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) refuse(where, `has ${what} that is not a whole number of milliseconds`);
  if (!isTime(v, now)) refuse(where, `has ${what} of ${timeText(v)}, before 2020 or in the future`);
  return v;
}

/** A list of distinct whole numbers from 0 to max, in increasing order (as the app sorts ticks, flags and tips). */
function indexes(v: unknown, max: number, where: string, what: string): number[] {
  if (!Array.isArray(v) || v.length > max + 1 || !v.every((x, i) => wholeNumber(x, 0, max) && (i === 0 || x > (v[i - 1] as number))))
    refuse(where, `has ${what} that is not distinct numbers from 0 to ${max} in order`);
  return [...(v as number[])];
}

function oneOf<T extends string>(v: unknown, values: readonly T[], where: string, what: string): T {
  if (!values.includes(v as T)) refuse(where, `has an unknown ${what} (${quote(v)})`);
  return v as T;
}

function flag(v: unknown, where: string, what: string): boolean {
  if (typeof v !== 'boolean') refuse(where, `has a "${what}" choice that is neither true nor false`);
  return v;
}

function options(raw: unknown, where: string): MockOptions {
  const o = record(raw, OPTION_FIELDS, where, 'options');
  if (!wholeNumber(o.count, 1, MAX_MOCK_QUESTIONS))
    refuse(where, `asks for ${quote(o.count)} questions; a mock has 1 to ${MAX_MOCK_QUESTIONS}`);
  let groups: MockOptions['groups'] = 'auto';
  if (o.groups !== 'auto') {
    const g = o.groups;
    if (!Array.isArray(g) || g.length > MAX_INDEX || !g.every((x) => typeof x === 'string' && isSlug(x)) || new Set(g).size !== g.length)
      refuse(where, 'has a choice of groups that is neither "auto" nor a list of distinct group ids');
    groups = [...(g as string[])];
  }
  if (!wholeNumber(o.targetSeconds, 1, 3_600)) refuse(where, 'has an answer target that is not a whole number of seconds up to an hour');
  return {
    count: o.count,
    groups,
    favourWeakest: flag(o.favourWeakest, where, 'favour my weakest'),
    followUps: flag(o.followUps, where, 'follow-ups'),
    targetSeconds: o.targetSeconds,
    record: flag(o.record, where, 'record'),
  };
}

function question(raw: unknown, where: string): MockQuestion {
  const q = record(raw, ['cardId', 'group', 'followUp'], where, 'a question');
  if (typeof q.cardId !== 'string' || !isSlug(q.cardId) || typeof q.group !== 'string' || !isSlug(q.group))
    refuse(where, 'has a question whose card or group id is not a short slug');
  if (q.followUp !== null && !wholeNumber(q.followUp, 0, MAX_INDEX))
    refuse(where, 'has a question whose follow-up is not a follow-up number');
  return { cardId: q.cardId, group: q.group, followUp: q.followUp };
}

function answerTimes(raw: unknown, now: number, where: string): AnswerTimes {
  const a = record(raw, ['main', 'followUp'], where, 'an answer time');
  // An answer may have been left running for days, but never longer than Rehearse has existed.
  const ms = (v: unknown): number | null => {
    if (v !== null && !wholeNumber(v, 0, now - EARLIEST_TIME))
      refuse(where, 'has an answer time that is not a whole number of milliseconds');
    return v as number | null;
  };
  return { main: ms(a.main), followUp: ms(a.followUp) };
}

function selfReview(raw: unknown, where: string): QuestionReview | null {
  if (raw === null) return null;
  const r = record(raw, ['ticked', 'redFlags', 'grade', 'reviewId'], where, 'a self-review');
  if (!wholeNumber(r.grade, 0, 5)) refuse(where, `has a self-review grade that is not a whole number from 0 to 5 (${quote(r.grade)})`);
  if (typeof r.reviewId !== 'string' || !UUID.test(r.reviewId))
    refuse(where, 'has a self-review that names no review Rehearse could have written');
  return {
    ticked: indexes(r.ticked, MAX_OUTLINE_POINTS - 1, where, 'ticked points'),
    redFlags: indexes(r.redFlags, MAX_INDEX, where, 'red flags'),
    grade: r.grade,
    reviewId: r.reviewId,
  };
}

function progress(raw: unknown, count: number, now: number, where: string): MockProgress {
  const p = record(raw, PROGRESS_FIELDS, where, 'progress');
  const phase = oneOf(p.phase, ['asking', 'review', 'done'] as const, where, 'phase');
  if (!wholeNumber(p.index, 0, Math.max(0, count - 1))) refuse(where, `is on question ${quote(p.index)} of ${count}`);
  const part = oneOf(p.part, ['main', 'followUp'] as const, where, 'part');
  const step = oneOf(p.step, ['ready', 'thinking', 'answering'] as const, where, 'step');
  if (p.stepStartedAt !== null && !isTime(p.stepStartedAt, now)) refuse(where, 'has a step start that is not a time from 2020 to now');
  if (!Array.isArray(p.answers) || p.answers.length !== count) refuse(where, 'has no answer times for each question');
  if (!Array.isArray(p.reviews) || p.reviews.length !== count) refuse(where, 'has no self-review entry for each question');
  return {
    phase,
    index: p.index,
    part,
    step,
    stepStartedAt: p.stepStartedAt as number | null,
    answers: p.answers.map((a) => answerTimes(a, now, where)),
    reviews: p.reviews.map((r) => selfReview(r, where)),
    tips: indexes(p.tips, MAX_INDEX, where, 'ticked tips'),
  };
}

/** Checks one mock interview from a file; returns a fresh row of its known fields, or throws a GateError saying what is wrong. */
export function admitMock(raw: unknown, now: number, where = 'a mock interview'): MockRow {
  const m = record(raw, MOCK_FIELDS, where, 'a body');
  if (typeof m.id !== 'string' || !UUID.test(m.id)) refuse(where, `has an id Rehearse could not have written (${quote(m.id)})`);
  if (typeof m.deckId !== 'string' || !isSlug(m.deckId)) refuse(where, `has a deck id that is not a short slug (${quote(m.deckId)})`);
  if (!wholeNumber(m.seed, 0, 0xffff_ffff)) refuse(where, 'has a seed Rehearse could not have drawn');
  const createdAt = time(m.createdAt, now, where, 'a start date');
  const finishedAt = m.finishedAt === null ? null : time(m.finishedAt, now, where, 'an end date');
  const opts = options(m.options, where);
  if (!Array.isArray(m.questions) || m.questions.length > opts.count)
    refuse(where, `has a list of questions longer than the ${opts.count} it asked for`);
  const questions = m.questions.map((q) => question(q, where));
  const prog = progress(m.progress, questions.length, now, where);
  // The app sets the end date exactly when self-review is done, and never before.
  if ((prog.phase === 'done') !== (finishedAt !== null))
    refuse(where, prog.phase === 'done' ? 'is done but has no end date' : 'has an end date but is not done');
  return { id: m.id, deckId: m.deckId, seed: m.seed, createdAt, finishedAt, options: opts, questions, progress: prog };
}

/** Checks one recording against the mocks of the same file; returns a fresh row of its known fields, or throws a GateError. */
export function admitRecording(raw: unknown, mocks: ReadonlyMap<string, MockRow>, now: number, where = 'a recording'): RecordingJson {
  const r = record(raw, RECORDING_FIELDS, where, 'a body');
  const mock = typeof r.mockId === 'string' ? mocks.get(r.mockId) : undefined;
  if (!mock) refuse(where, 'belongs to no mock interview in this backup');
  if (!wholeNumber(r.question, 0, mock.questions.length - 1))
    refuse(where, `is of question ${quote(r.question)}, which its mock interview does not have`);
  const part = oneOf(r.part, ['main', 'followUp'] as const, where, 'part');
  if (typeof r.mime !== 'string' || !MIME.test(r.mime)) refuse(where, `is not audio Rehearse records (${quote(r.mime)})`);
  if (typeof r.data !== 'string' || r.data.length % 4 !== 0 || !BASE64.test(r.data)) refuse(where, 'has audio data that is not base64');
  const bytes = (r.data.length / 4) * 3 - (r.data.endsWith('==') ? 2 : r.data.endsWith('=') ? 1 : 0);
  if (bytes > MAX_RECORDING_BYTES)
    refuse(where, `is larger than any answer Rehearse records (over ${MAX_RECORDING_BYTES / 1024 / 1024} MB)`);
  if (r.bytes !== bytes) refuse(where, 'has a size that does not match its audio');
  if (!wholeNumber(r.durationMs, 0, now - EARLIEST_TIME)) refuse(where, 'has a length that is not a whole number of milliseconds');
  const createdAt = time(r.createdAt, now, where, 'a date');
  return { mockId: mock.id, question: r.question, part, mime: r.mime, data: r.data, bytes, durationMs: r.durationMs, createdAt };
}
