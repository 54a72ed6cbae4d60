// The layer rules of src/ (see ARCHITECTURE.md): which folders each folder may import, and which
// packages only one folder may touch. ESLint's no-restricted-imports turns a wrong-way static import into an
// error; it does not look at `import()`, so a small rule of ours (layers/dynamic-import) applies the same paths
// and patterns to dynamic imports.

/** Folders under src/ and the folders of ours each may import (arrows point one way, no cycles). */
export const LAYERS = {
  lib: [],
  deck: ['lib'],
  protocol: ['deck', 'lib'],
  srs: ['protocol', 'deck', 'lib'],
  db: ['srs', 'protocol', 'deck', 'lib'],
  pwa: ['lib'],
  sync: ['db', 'srs', 'protocol', 'deck', 'lib'],
  state: ['db', 'srs', 'protocol', 'deck', 'lib'],
  ui: ['srs', 'protocol', 'deck', 'lib'],
  shell: ['state', 'ui', 'pwa', 'sync', 'db', 'srs', 'protocol', 'deck', 'lib'],
  screens: ['shell', 'state', 'ui', 'pwa', 'sync', 'db', 'srs', 'protocol', 'deck', 'lib'],
  tools: ['deck', 'lib'],
};

/** Packages only one folder may import: IndexedDB through db/, the service worker through pwa/. */
const OWNED = [
  { names: ['dexie'], owner: 'db', why: 'only src/db/ touches IndexedDB' },
  {
    names: ['workbox-window', 'virtual:pwa-register', 'virtual:pwa-register/preact'],
    owner: 'pwa',
    why: 'only src/pwa/ touches the service worker',
  },
];

/** Folders that must stay pure: no UI framework, no Node built-ins. */
const PURE = ['lib', 'deck', 'protocol', 'srs'];

const ROOT_FILES = ['app', 'main', 'routes'];

function folderPatterns(allowed, self) {
  const banned = [...Object.keys(LAYERS).filter((f) => f !== self && !allowed.includes(f)), ...ROOT_FILES];
  return banned.length === 0
    ? []
    : [
        {
          regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
          message: `src/${self}/ may import only ${allowed.length ? allowed.map((f) => `src/${f}/`).join(', ') : 'nothing of ours'} (layers: ARCHITECTURE.md).`,
        },
      ];
}

function packagePaths(self) {
  const paths = OWNED.filter((o) => o.owner !== self).flatMap((o) => o.names.map((name) => ({ name, message: `${o.why}.` })));
  if (PURE.includes(self)) {
    for (const name of ['preact', 'preact/hooks', 'preact-iso']) paths.push({ name, message: `src/${self}/ is pure: no UI framework.` });
  }
  return paths;
}

function nodePatterns(self) {
  return self !== 'tools' ? [{ regex: '^node:', message: `src/${self}/ runs in the browser or must stay pure: no Node built-ins.` }] : [];
}

/** The module name of a dynamic import whose source is written out (a string, or a template with no `${}`). */
function importedName(source) {
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'TemplateLiteral' && source.expressions.length === 0) return source.quasis[0].value.cooked;
  return null;
}

/** layers/dynamic-import: `import()` of a path or pattern no-restricted-imports forbids (same options). */
const dynamicImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Apply the layer rules to dynamic import()' },
    schema: [{ type: 'object', additionalProperties: true }],
  },
  create(context) {
    const { paths = [], patterns = [] } = context.options[0] ?? {};
    return {
      ImportExpression(node) {
        const name = importedName(node.source);
        if (name === null) return;
        const hit = paths.find((p) => p.name === name) ?? patterns.find((p) => new RegExp(p.regex).test(name));
        if (hit) context.report({ node, message: hit.message });
      },
    };
  },
};

/** The plugin holding layers/dynamic-import. */
export const layersPlugin = { rules: { 'dynamic-import': dynamicImport } };

/** One block applying the same import restrictions to static and dynamic imports of `files`. */
function block(files, options) {
  return {
    files,
    plugins: { layers: layersPlugin },
    rules: { 'no-restricted-imports': ['error', options], 'layers/dynamic-import': ['error', options] },
  };
}

/** ESLint flat-config blocks enforcing the layers, one per folder, plus one for the sync server. */
export function layerRules() {
  const blocks = Object.entries(LAYERS).map(([folder, allowed]) =>
    block([`src/${folder}/**/*.{ts,tsx}`], {
      paths: packagePaths(folder),
      patterns: [...folderPatterns(allowed, folder), ...nodePatterns(folder)],
    }),
  );
  const serverMessage = 'the server shares only pure code (src/srs, src/protocol, src/deck, src/lib) with the app.';
  blocks.push(
    block(['server/**/*.{ts,tsx,js,mjs}'], {
      paths: [...OWNED.flatMap((o) => o.names), 'preact', 'preact/hooks', 'preact-iso'].map((name) => ({ name, message: serverMessage })),
      patterns: [
        {
          regex: `^(\\.\\./)+src/(${Object.keys(LAYERS)
            .filter((f) => !PURE.includes(f))
            .join('|')}|app|main)(/|$)`,
          message: serverMessage,
        },
      ],
    }),
  );
  return blocks;
}
