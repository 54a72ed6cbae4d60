/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:builtin-decks' {
  /** Where each compiled built-in deck is served (hashed JSON files), the main deck first. */
  export const deckUrls: string[];
}
