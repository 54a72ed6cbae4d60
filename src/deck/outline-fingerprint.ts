// A short, stable fingerprint of a card's outline, so a build can carry what an old deck version said in a few bytes.

/** FNV-1a (32-bit) of the outline's points, as 8 hex digits: equal outlines give equal fingerprints. */
export function outlineFingerprint(outline: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = outline.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
