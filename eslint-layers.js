// The layer rules of src/ (see ARCHITECTURE.md): which folders each folder may import, and which
// packages only one folder may touch. ESLint's no-restricted-imports turns a wrong-way import into an error.

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
  { names: ['workbox-window', 'virtual:pwa-register', 'virtual:pwa-register/preact'], owner: 'pwa', why: 'only src/pwa/ touches the service worker' },
];

/** Folders that must stay pure: no UI framework, no Node built-ins. */
const PURE = ['lib', 'deck', 'protocol', 'srs'];

const ROOT_FILES = ['app', 'main', 'routes'];

function folderPatterns(allowed, self) {
  const banned = [...Object.keys(LAYERS).filter((f) => f !== self && !allowed.includes(f)), ...ROOT_FILES];
  return banned.length === 0
    ? []
    : [{ regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`, message: `src/${self}/ may import only ${allowed.length ? allowed.map((f) => `src/${f}/`).join(', ') : 'nothing of ours'} (layers: ARCHITECTURE.md).` }];
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

/** ESLint flat-config blocks enforcing the layers, one per folder, plus one for the sync server. */
export function layerRules() {
  const blocks = Object.entries(LAYERS).map(([folder, allowed]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { paths: packagePaths(folder), patterns: [...folderPatterns(allowed, folder), ...nodePatterns(folder)] }],
    },
  }));
  blocks.push({
    files: ['server/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...OWNED.flatMap((o) => o.names), 'preact', 'preact/hooks', 'preact-iso'].map((name) => ({ name, message: 'the server shares only pure code (src/srs, src/protocol, src/deck, src/lib) with the app.' })),
          patterns: [{ regex: `^(\\.\\./)+src/(${Object.keys(LAYERS).filter((f) => !PURE.includes(f)).join('|')}|app|main)(/|$)`, message: 'the server shares only pure code (src/srs, src/protocol, src/deck, src/lib) with the app.' }],
        },
      ],
    },
  });
  return blocks;
}
