// Imported decks across two simulated devices (the app's Dexie database on fake-indexeddb) through the real
// server on a real PostgreSQL: A imports a deck, B gets it; A imports version 2, B gets it with its progress
// kept exactly and the changed outline marked; an equal or older version changes nothing; removal stays local.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RehearseDb } from '../../src/db/schema.ts';
import { recordGrade } from '../../src/db/record.ts';
import { removeDeck, saveImportedDeck } from '../../src/db/deck-edits.ts';
import { decksKeptHere } from '../../src/db/deck-sync-store.ts';
import { createSpace, pairDevice } from '../../src/sync/api.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { deckVersion, useServer } from './helpers.mjs';

const env = useServer();
const t = Date.UTC(2026, 11, 1, 9);

/** Version `version` of deck "shared"; from version 2 on, the first card's outline has a changed point. */
function shared(version) {
  const deck = deckVersion('shared', version);
  if (Number(version) < 2) return deck;
  const [first] = deck.cards;
  return { ...deck, cards: [{ ...first, outline: [...first.outline.slice(0, 4), `A point new in version ${version}.`] }] };
}

/** Two devices of one person, each with its own database, paired in a new sync space. */
async function pairedDevices(name) {
  const { credential: aCred, pairingCode } = await createSpace(env.server.base, 'a');
  const bCred = await pairDevice(env.server.base, pairingCode, 'b');
  return { a: new RehearseDb(`${name}-a`), b: new RehearseDb(`${name}-b`), aCred, bCred };
}

async function progress(device) {
  return { reviews: await device.reviews.orderBy('id').toArray(), cards: await device.cards.orderBy('key').toArray() };
}

test('a deck imported on A reaches B; version 2 reaches B with its progress kept and the changed outline marked', async () => {
  const { a, b, aCred, bCred } = await pairedDevices('deck');

  await saveImportedDeck(a, shared('1'), undefined, t);
  const first = await syncOnce(a, aCred, t);
  assert.equal(first.decksPushed, 1);
  assert.equal((await syncOnce(a, aCred, t)).decksPushed, 0, 'a version the server holds is not offered again');

  const onB = await syncOnce(b, bCred, t);
  assert.equal(onB.decksPulled, 1);
  const rowB = await b.decks.get('shared');
  assert.deepEqual(rowB.deck, shared('1'));
  assert.equal(rowB.origin, 'imported');
  assert.equal(rowB.removed, false);
  assert.equal((await syncOnce(b, bCred, t)).decksPushed, 0, 'B does not push back what it pulled');

  // B practises the deck; the grade syncs to A.
  await recordGrade(b, {
    deckId: 'shared',
    cardId: 'first',
    grade: 4,
    ticked: [0, 1, 2],
    pointCount: 5,
    durationMs: 4000,
    mode: 'review',
    time: t + 1000,
  });
  await syncOnce(b, bCred, t + 2000);
  await syncOnce(a, aCred, t + 2000);
  const kept = await progress(b);
  assert.equal(kept.reviews.length, 1);
  assert.deepEqual(await progress(a), kept);

  // A imports version 2; B gets it, with its log and card states exactly as they were.
  await saveImportedDeck(a, shared('2'), undefined, t + 3000);
  assert.equal((await syncOnce(a, aCred, t + 3000)).decksPushed, 1);
  assert.equal((await syncOnce(b, bCred, t + 4000)).decksPulled, 1);
  const updated = await b.decks.get('shared');
  assert.equal(updated.deck.version, '2');
  assert.deepEqual(updated.deck, shared('2'));
  assert.deepEqual(updated.outlineUpdated, ['first'], 'the changed outline is marked "Outline updated"');
  assert.equal(updated.addedAt, rowB.addedAt);
  assert.deepEqual(await progress(b), kept, 'progress kept exactly');
  assert.equal((await syncOnce(b, bCred, t + 5000)).decksPulled, 0, 'nothing new');
});

test('an equal or older version changes nothing; a deck removed on one device stays removed there only', async () => {
  const { a, b, aCred, bCred } = await pairedDevices('deck-old');

  // B already has version 3 by a file of its own; A pushes version 2.
  await saveImportedDeck(b, shared('3'), undefined, t);
  await saveImportedDeck(a, shared('2'), undefined, t);
  await syncOnce(a, aCred, t);
  const before = await b.decks.get('shared');
  const report = await syncOnce(b, bCred, t + 1000);
  assert.equal(report.decksPulled, 0);
  assert.deepEqual(await b.decks.get('shared'), before, 'the older version changed nothing');
  assert.equal(report.decksPushed, 1, 'B offers its own newer version');
  // A gets version 3 from B.
  assert.equal((await syncOnce(a, aCred, t + 2000)).decksPulled, 1);
  assert.equal((await a.decks.get('shared')).deck.version, '3');

  // B removes the deck (keeping its progress); A imports version 4: B stores it but keeps it removed.
  await removeDeck(b, 'shared', false);
  await saveImportedDeck(a, shared('4'), undefined, t + 3000);
  await syncOnce(a, aCred, t + 3000);
  await syncOnce(b, bCred, t + 4000);
  const removed = await b.decks.get('shared');
  assert.equal(removed.deck.version, '4');
  assert.equal(removed.removed, true, 'removal is this device’s own choice');
  assert.equal((await a.decks.get('shared')).removed, false, 'and A still shows it');
});

test('the same version with other content on two devices: the second is refused, kept on its device, and not offered again', async () => {
  const { a, b, aCred, bCred } = await pairedDevices('deck-clash');
  await saveImportedDeck(a, shared('1'), undefined, t);
  const theirs = { ...shared('1'), title: 'Edited without a new version' };
  await saveImportedDeck(b, theirs, undefined, t);
  await syncOnce(a, aCred, t);
  const report = await syncOnce(b, bCred, t);
  assert.equal(report.decksPushed, 0);
  assert.deepEqual((await b.decks.get('shared')).deck, theirs, 'B keeps its own deck');
  const refused = (await b.meta.get('sync:deckRefused')).value;
  assert.match(refused['shared@1'], /already synced with other content/);
  const stored = await env.server.pool.query("SELECT deck->>'title' AS title FROM deck_versions WHERE space_id = $1", [aCred.spaceId]);
  assert.deepEqual(stored.rows, [{ title: 'A Small Deck' }], 'the stored version is not overwritten');
  assert.equal((await syncOnce(b, bCred, t)).decksPushed, 0);
  assert.deepEqual([...(await decksKeptHere(b)).keys()], ['shared@1'], 'Settings counts it');
  // A new version imported on B syncs: the old refusal no longer counts.
  await saveImportedDeck(b, shared('2'), undefined, t);
  assert.equal((await syncOnce(b, bCred, t)).decksPushed, 1);
  assert.equal((await decksKeptHere(b)).size, 0);
});
