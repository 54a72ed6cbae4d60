// Class join codes: 3 words name the class (looked up as is), 5 words are the secret (scrypt-hashed).
// Each word is one of 256, so one random byte: the secret carries 40 random bits, the whole code 64.
// Guessing the secret of a known class at the join limit (30 tries a minute per class) takes on average
// 2^39 / 30 minutes, about 35,000 years; an unknown label adds 24 bits more.
import { randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { timingSafeEqual } from 'node:crypto';
import { WORDS } from './words';

const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** Words in the public part and in the secret part of a join code. */
export const CLASS_LABEL_WORDS = 3;
export const CLASS_SECRET_WORDS = 5;
/** Random bits in a join code's secret part (8 per word). */
export const CLASS_SECRET_BITS = CLASS_SECRET_WORDS * 8;

function words(n: number): string {
  return [...randomBytes(n)].map((b) => WORDS[b]).join('-');
}

/** A fresh join code for a class (keeping `label` when rotating). */
export function newJoinCode(label: string = words(CLASS_LABEL_WORDS)): { label: string; secret: string; code: string } {
  const secret = words(CLASS_SECRET_WORDS);
  return { label, secret, code: `${label}-${secret}` };
}

/** Splits a typed code (any case, spaces or dashes) into label and secret; null when it cannot be a join code. */
export function parseJoinCode(code: string): { label: string; secret: string } | null {
  const parts = code
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (parts.length !== CLASS_LABEL_WORDS + CLASS_SECRET_WORDS || !parts.every((w) => WORDS.includes(w))) return null;
  return { label: parts.slice(0, CLASS_LABEL_WORDS).join('-'), secret: parts.slice(CLASS_LABEL_WORDS).join('-') };
}

/** scrypt of a join secret with a fresh salt, as "salt:hash" in hex; off the event loop. */
export async function hashJoinSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}:${(await scryptAsync(secret, salt, 32)).toString('hex')}`;
}

/** Whether `secret` matches a stored "salt:hash", in constant time; off the event loop. */
export async function verifyJoinSecret(secret: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  return timingSafeEqual(await scryptAsync(secret, Buffer.from(salt, 'hex'), 32), Buffer.from(hash, 'hex'));
}
