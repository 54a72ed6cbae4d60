// Where a reload would interrupt the user: a review session or a mock interview in progress.

/** True on the review screen and inside a mock interview (/mock/ID). */
export function isBusyPath(path: string): boolean {
  return path === '/review' || path.startsWith('/mock/');
}
