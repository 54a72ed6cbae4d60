// Deck problem output: turns parser and validator issues into FILE:LINE: message lines.
import type { DeckIssue } from './types';

/** Formats deck problems one per line as FILE:LINE: message. */
export function formatIssues(file: string, issues: DeckIssue[]): string {
  return issues.map((issue) => `${file}:${issue.line}: ${issue.message}`).join('\n');
}
