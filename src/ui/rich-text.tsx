// Deck text with `inline code` shown as code. Everything is rendered as text, never as HTML.

/** Splits text on backtick spans: odd parts are code. */
export function splitInlineCode(text: string): { code: boolean; text: string }[] {
  return text
    .split(/`([^`]+)`/)
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((p) => p.text !== '');
}

/** Renders deck text; `inline code` becomes a <code> element. */
export function RichText({ text }: { text: string }) {
  return <>{splitInlineCode(text).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : p.text))}</>;
}
