// Applies the colour theme: "system" follows prefers-color-scheme; light and dark override it.
import type { Theme } from '../db/settings';

/** Sets the document's theme attribute (read by styles.css). */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
