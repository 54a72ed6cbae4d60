/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:builtin-deck' {
  /** Where the compiled built-in deck is served (a hashed JSON file). */
  export const deckUrl: string;
}
