// The sync server's class routes as small typed calls (failures are SyncErrors in plain words, as sync's).
import type { Deck } from '../deck/types';
import type { ClassSummary, ClassView, JoinedClass, StartedClass } from '../protocol/class';
import { api } from './api';

/** Where a class call goes and with which credential. */
export interface ClassCredential {
  server: string;
  token: string;
}

/** Starts a class; this device becomes its instructor. */
export function startClass(server: string, name: string): Promise<StartedClass> {
  return api<StartedClass>(server, 'POST', '/classes', { body: { name } });
}

/** Joins a class with its code; returns this device's student credential. */
export function joinClass(server: string, code: string, displayName: string, sharing: boolean): Promise<JoinedClass> {
  return api<JoinedClass>(server, 'POST', '/classes/join', { body: { code, displayName, sharing } });
}

/** Gives the class a new join code (the old one stops working; joined students stay). */
export async function rotateJoinCode(c: ClassCredential): Promise<string> {
  return (await api<{ joinCode: string }>(c.server, 'POST', '/classes/teach/rotate', { token: c.token })).joinCode;
}

/** Closes the class for good: every shared summary is deleted. */
export async function closeClass(c: ClassCredential): Promise<void> {
  await api(c.server, 'POST', '/classes/teach/close', { token: c.token });
}

/** Removes a student from the class (their summary is deleted). */
export async function removeStudent(c: ClassCredential, studentId: string): Promise<void> {
  await api(c.server, 'DELETE', `/classes/teach/students/${studentId}`, { token: c.token });
}

/** Publishes one deck version to the class; `published` is false when the class already had that very version. */
export function publishDeck(c: ClassCredential, deck: Deck): Promise<{ published: boolean }> {
  return api<{ published: boolean }>(c.server, 'POST', '/classes/teach/decks', { token: c.token, body: { deck } });
}

/** The instructor's view of the class. */
export function classView(c: ClassCredential): Promise<ClassView> {
  return api<ClassView>(c.server, 'GET', '/classes/teach/view', { token: c.token });
}

/** Turns sharing on or off (off deletes the summary on the server in the same request). */
export async function setSharing(c: ClassCredential, sharing: boolean): Promise<void> {
  await api(c.server, 'PUT', '/classes/study/sharing', { token: c.token, body: { sharing } });
}

/** Leaves the class (the summary is deleted on the server in the same request). */
export async function leaveClass(c: ClassCredential): Promise<void> {
  await api(c.server, 'POST', '/classes/study/leave', { token: c.token });
}

/** One page of the class's deck versions after `cursor`. */
export function pullClassDecks(
  c: ClassCredential,
  cursor: string,
  limit: number,
): Promise<{ decks: { deck: unknown }[]; cursor: string; more: boolean; reset: boolean }> {
  return api(c.server, 'GET', `/classes/study/decks?cursor=${cursor}&limit=${limit}`, { token: c.token });
}

/** Replaces this student's summary on the server. */
export async function pushSummary(c: ClassCredential, summary: ClassSummary): Promise<void> {
  await api(c.server, 'PUT', '/classes/study/summary', { token: c.token, body: summary });
}
