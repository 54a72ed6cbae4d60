// The main navigation's vocabulary: its icons, what one destination is, and which one is current.
// The destinations themselves come from the route table (src/routes.ts).

/** Stroke paths of the 24×24 nav icons, drawn inline (no icon font, nothing fetched). */
export const NAV_ICONS = {
  today: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4',
  mock: 'M12 3a3 3 0 0 0-3 3v5a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM6 11a6 6 0 0 0 12 0M12 17v4',
  stats: 'M5 20v-8M12 20V5M19 20v-5',
  browse: 'M4 6h16M4 12h16M4 18h10',
  settings: 'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4',
} as const;

/** One destination: where it goes, its label and its icon. */
export interface NavItem {
  href: string;
  label: string;
  icon: keyof typeof NAV_ICONS;
}

/** True when `path` is `href` or a page under it (/browse/some-card is under Browse). */
export function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}
