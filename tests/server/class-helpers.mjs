// Class test helpers: start a class, join it, publish a deck, a valid summary, and a dump of every table.
import { parseDeck } from '../../src/deck/parse.ts';
import { call, deckVersion } from './helpers.mjs';

/** Starts a class; returns { classId, name, joinCode, token }. */
export async function startClass(base, name = 'Cohort 7') {
  const res = await call(base, 'POST', '/api/classes', { body: { name } });
  if (res.status !== 201) throw new Error(`start class: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Joins a class with its code; returns { studentId, token, classId, className, sharing }. */
export async function joinClass(base, joinCode, displayName = 'Ada', sharing = true) {
  const res = await call(base, 'POST', '/api/classes/join', { body: { code: joinCode, displayName, sharing } });
  if (res.status !== 201) throw new Error(`join: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Publishes a deck version to the instructor's class; returns the deck. */
export async function publish(base, token, deck = deckVersion('cohort', '1')) {
  const res = await call(base, 'POST', '/api/classes/teach/decks', { token, body: { deck } });
  if (res.status !== 201 && res.status !== 200) throw new Error(`publish: ${res.status} ${JSON.stringify(res.body)}`);
  return deck;
}

/** Today's day number on the server's (UTC) calendar. */
export const today = () => Math.floor(Date.now() / 86_400_000);

/** A valid summary of `deck`: every card graded `grade` on `day`, every group at `readiness`. */
export function summaryOf(deck, { grade = 4, readiness = 0.5, day = today(), activeDays14 = 3 } = {}) {
  return {
    activeDays14,
    decks: [
      {
        deckId: deck.id,
        version: deck.version,
        groups: deck.groups.map((g) => ({ id: g.id, readiness })),
        cards: deck.cards.map((c) => ({ id: c.id, repetitions: 1, interval: 1, due: day + 1, lastGrade: grade, lastDay: day, reviews: 2 })),
      },
    ],
  };
}

/** Every class table (and the sync tables), as one string to compare before and after a request. */
export async function dumpTables(pool) {
  const tables = {
    classes: 'id, name, label, secret_hash, instructor_token_hash, closed_at',
    class_students: 'id, class_id, display_name, token_hash, sharing, left_at, removed_at',
    class_decks: 'class_id, deck_id, version, hash',
    class_summaries: 'student_id, class_id, active_days, decks, pushed_at',
    spaces: '*',
    devices: 'id, space_id, name, token_hash, revoked_at',
    reviews: '*',
    deck_versions: 'space_id, deck_id, version, hash',
    space_classes: 'space_id, class_id, device_id, credential',
  };
  const out = {};
  for (const [t, cols] of Object.entries(tables)) out[t] = (await pool.query(`SELECT ${cols} FROM ${t} ORDER BY 1, 2`)).rows;
  return JSON.stringify(out);
}

/** The Markdown of a valid deck with `groups` groups of `perGroup` cards each (ids g1…, g1-c1…), titled `title`. */
export function classDeckText(id = 'cohort', version = '1', groups = 2, perGroup = 3, title = `Class deck ${id}`) {
  const lines = [`# Deck ${id}: ${title}`, `Version: ${version}`, '', 'A deck for class tests.', ''];
  for (let g = 1; g <= groups; g++) {
    lines.push(`## Group g${g}: Group ${g}`, '');
    for (let c = 1; c <= perGroup; c++) {
      lines.push(`### Card g${g}-c${c}`, `> Question ${g}.${c} of version ${version}?`, '', '#### Outline');
      for (let p = 1; p <= 5; p++) lines.push(`- Point ${p}.`);
      lines.push(
        '',
        '#### Follow-ups',
        '- Ask why.',
        '- Ask when not.',
        '',
        '#### Red flags',
        '- Guesses.',
        '- Rambles.',
        '',
        '#### Senior signal',
        'Measures first.',
        '',
      );
    }
  }
  return lines.join('\n');
}

/** classDeckText's deck, parsed as the app parses decks. */
export function classDeck(id = 'cohort', version = '1', groups = 2, perGroup = 3) {
  const result = parseDeck(classDeckText(id, version, groups, perGroup));
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.deck;
}
