// Vite plugin: the entry stylesheet goes inline into index.html, so the first paint waits on no second request.
// Why (issue 13): on Lighthouse's slow phone network the 8 KB stylesheet was render-blocking and cost about
// 150 ms of First Contentful Paint and of LCP. The build's CSP allows the inline block by its hash (vite.config.ts).
import type { Plugin } from 'vite';

/** The text that would end an inline <style> early: refused rather than escaped (CSS never needs it). */
const STYLE_END = /<\/style/i;

/** Wraps CSS in a <style> block, or throws if the CSS could end the block itself. */
export function styleBlock(css: string): string {
  if (STYLE_END.test(css)) throw new Error('the entry stylesheet contains "</style", so it cannot be inlined');
  return `<style>${css}</style>`;
}

/**
 * Moves the entry chunk's CSS out of the bundle and into index.html. The CSS is taken off the chunk's imported
 * CSS before vite writes the page and the lazy chunks' preload lists: otherwise the page would get a <link> too,
 * and opening a lazy screen would load the same rules a second time, after the screen's own (and override them).
 */
export function inlineEntryCss(): Plugin {
  let css = '';
  return {
    name: 'rehearse-inline-entry-css',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        const entries = Object.values(bundle).filter((f) => f.type === 'chunk' && f.isEntry);
        if (entries.length !== 1 || entries[0].type !== 'chunk') throw new Error(`expected one entry chunk, found ${entries.length}`);
        const imported = entries[0].viteMetadata?.importedCss;
        if (!imported || imported.size !== 1) throw new Error(`expected the entry to import one stylesheet, found ${imported?.size ?? 0}`);
        const [fileName] = imported;
        const asset = bundle[fileName];
        if (asset?.type !== 'asset') throw new Error(`the entry stylesheet ${fileName} is not in the bundle`);
        css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        imported.delete(fileName);
        delete bundle[fileName];
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!css) throw new Error('the entry stylesheet was not found before index.html was written');
        if (!html.includes('</head>')) throw new Error('index.html needs a </head> for the inline stylesheet');
        return html.replace('</head>', `  ${styleBlock(css)}\n  </head>`);
      },
    },
  };
}
