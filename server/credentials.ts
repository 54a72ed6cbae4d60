// Pairing codes (readable words: a public label + a secret) and device tokens; only hashes are stored.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { WORDS } from './words';

const LABEL_WORDS = 3;
const SECRET_WORDS = 6;

/** A freshly made pairing code and its two parts. */
export interface Pairing {
  label: string;
  secret: string;
  code: string;
}

function words(n: number): string {
  return [...randomBytes(n)].map((b) => WORDS[b]).join('-');
}

/** A new pairing code: 3 words name the space, 6 words (48 random bits, scrypt-hashed) prove the right to join. */
export function newPairing(label: string = words(LABEL_WORDS)): Pairing {
  const secret = words(SECRET_WORDS);
  return { label, secret, code: `${label}-${secret}` };
}

/** Splits a typed or read-aloud code into label and secret; null when it cannot be one of ours. */
export function parseCode(code: string): { label: string; secret: string } | null {
  const parts = code
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (parts.length !== LABEL_WORDS + SECRET_WORDS || !parts.every((w) => WORDS.includes(w))) return null;
  return { label: parts.slice(0, LABEL_WORDS).join('-'), secret: parts.slice(LABEL_WORDS).join('-') };
}

/** scrypt of a secret with a fresh salt, as "salt:hash" in hex. */
export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}:${scryptSync(secret, salt, 32).toString('hex')}`;
}

/** Whether `secret` matches a stored "salt:hash", in constant time. */
export function verifySecret(secret: string, stored: string): boolean {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  return timingSafeEqual(scryptSync(secret, Buffer.from(salt, 'hex'), 32), Buffer.from(hash, 'hex'));
}

/** A new device bearer token (256 random bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a device token: sha256 is enough for 256 random bits. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
