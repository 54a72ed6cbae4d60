// The Content-Security-Policy of the built app: the build writes it into index.html (a <meta> tag), and the sync
// server sends the page's own policy as a header.

/** The policy's directives: no inline script, no eval, nothing off the origin. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Recorded answers play back from object URLs made in the page (mock interviews); nothing off the origin.
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** A base64 SHA-256 digest, the only form of hash the policy accepts. */
const SHA256_BASE64 = /^[A-Za-z0-9+/]{43}=$/;

/**
 * The policy as the page's <meta> tag carries it, allowing exactly the inline <style> blocks whose SHA-256
 * digests (base64) are given: the build inlines the entry stylesheet (src/tools/vite-inline-css.ts).
 * Browsers ignore frame-ancestors in <meta>, so it is left out here.
 */
export function pagePolicy(styleHashes: readonly string[] = []): string {
  for (const hash of styleHashes) if (!SHA256_BASE64.test(hash)) throw new Error(`not a base64 SHA-256 digest: ${hash}`);
  const styles = ["style-src 'self'", ...styleHashes.map((h) => `'sha256-${h}'`)].join(' ');
  return CSP_DIRECTIVES.map((d) => (d.startsWith('style-src ') ? styles : d)).join('; ');
}

/** The policy as an HTTP header sends it: the page's policy plus frame-ancestors, which only a header can set. */
export function headerPolicy(policy: string): string {
  return `${policy}; frame-ancestors 'none'`;
}

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\s*\/?>/i;

/** The policy in a built page's <meta> tag; throws when the page has none (a build without its CSP). */
export function policyOfPage(html: string): string {
  const found = META.exec(html);
  if (!found) throw new Error('the page has no Content-Security-Policy <meta> tag');
  return found[1];
}

/** The contents of each inline <style> block in a page, in order: what the policy's hashes cover. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
}
