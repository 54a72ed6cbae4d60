// The Content-Security-Policy of the built app, shared by the build (a <meta> tag) and the sync server (a header).

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

/** The policy as a <meta> tag carries it (browsers ignore frame-ancestors in <meta>, so it is left out there). */
export const CSP = CSP_DIRECTIVES.join('; ');

/** The policy as an HTTP header sends it: the same plus frame-ancestors, which only a header can set. */
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
