// The page's policy names exactly its inline stylesheets by hash, the header adds frame-ancestors, and a built
// page's policy and inline styles read back as written.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, headerPolicy, inlineStyles, pagePolicy, policyOfPage } from '../../../src/lib/csp';
import { styleBlock } from '../../../src/tools/vite-inline-css';

const sha = (text: string): string => createHash('sha256').update(text).digest('base64');

describe('the Content-Security-Policy', () => {
  it('without inline styles is the directives as they are', () => {
    expect(pagePolicy()).toBe(CSP_DIRECTIVES.join('; '));
    expect(pagePolicy()).toContain("style-src 'self'; img-src");
  });

  it('allows each inline stylesheet by its hash in style-src, and nothing else changes', () => {
    const policy = pagePolicy([sha('a{}'), sha('b{}')]);
    expect(policy).toContain(`style-src 'self' 'sha256-${sha('a{}')}' 'sha256-${sha('b{}')}';`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy.replace(/ 'sha256-[^']+'/g, '')).toBe(pagePolicy());
  });

  it('refuses anything but a base64 SHA-256 digest', () => {
    expect(() => pagePolicy(["abc' 'unsafe-inline"])).toThrow(/not a base64 SHA-256/);
    expect(() => pagePolicy([sha('a').slice(1)])).toThrow(/not a base64 SHA-256/);
  });

  it('as a header is the page policy plus frame-ancestors', () => {
    expect(headerPolicy(pagePolicy())).toBe(`${pagePolicy()}; frame-ancestors 'none'`);
  });

  it("reads a built page's policy and inline styles back", () => {
    const css = ':root{--accent:#1f4e79}body{margin:0}';
    const policy = pagePolicy([sha(css)]);
    const html = `<head><meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="${policy}" />\n${styleBlock(css)}</head>`;
    expect(policyOfPage(html)).toBe(policy);
    expect(inlineStyles(html)).toEqual([css]);
    expect(inlineStyles(html).map(sha)).toEqual([sha(css)]);
    expect(() => policyOfPage('<head></head>')).toThrow(/no Content-Security-Policy/);
  });

  it('will not inline CSS that could close its own <style> block', () => {
    expect(() => styleBlock('a{content:"</style><script>"}')).toThrow(/cannot be inlined/);
    expect(() => styleBlock('a{content:"</STYLE"}')).toThrow(/cannot be inlined/);
    expect(styleBlock('a{}')).toBe('<style>a{}</style>');
  });
});
