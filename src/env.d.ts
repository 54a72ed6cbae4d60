/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:builtin-decks' {
  /** Where the heads of the built-in decks are served (one hashed JSON file: a DeckHead per deck, the main deck first). */
  export const headsUrl: string;
  /** Where each compiled built-in deck is served (hashed JSON files), the main deck first. */
  export const deckUrls: string[];
}
