// Every screen, in one table: the router and the main navigation both read it, so adding a screen is one
// edit here (recipe: ARCHITECTURE.md). Today loads with the app; every other screen is its own lazy chunk.
import type { ComponentType } from 'preact';
import { lazyScreen } from './shell/lazy-screen';
import { Today } from './screens/today/today';
import type { NavItem } from './shell/nav-items';

/** One screen: its path (`:id?` marks an optional part), its component, and its place in the navigation if it has one. */
export interface AppRoute {
  path: string;
  // Screens take their own props (route params, query); the router passes them through.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  screen: ComponentType<any>;
  nav?: Omit<NavItem, 'href'>;
}

/** The screens, navigation destinations first and in the order the navigation shows them. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/', screen: Today, nav: { label: 'Today', icon: 'today' } },
  {
    path: '/mock/:id?',
    screen: lazyScreen(() => import('./screens/mock/mock-route').then((m) => m.MockRoute)),
    nav: { label: 'Mock', icon: 'mock' },
  },
  {
    path: '/stats',
    screen: lazyScreen(() => import('./screens/stats/stats').then((m) => m.Stats)),
    nav: { label: 'Stats', icon: 'stats' },
  },
  {
    path: '/browse/:id?',
    screen: lazyScreen(() => import('./screens/browse/browse').then((m) => m.Browse)),
    nav: { label: 'Browse', icon: 'browse' },
  },
  {
    path: '/settings',
    screen: lazyScreen(() => import('./screens/settings/settings').then((m) => m.Settings)),
    nav: { label: 'Settings', icon: 'settings' },
  },
  { path: '/review', screen: lazyScreen(() => import('./screens/review/review-route').then((m) => m.ReviewRoute)) },
  { path: '/class', screen: lazyScreen(() => import('./screens/class/class').then((m) => m.ClassScreen)) },
  { path: '/decks', screen: lazyScreen(() => import('./screens/decks/decks').then((m) => m.Decks)) },
];

/** Shown for an address no route matches. */
export const NOT_FOUND = lazyScreen(() => import('./screens/not-found/not-found').then((m) => m.NotFound));

/** The navigation's destinations, read from the table: a destination's link is its path without the optional part. */
export const NAV_ITEMS: readonly NavItem[] = ROUTES.flatMap(({ path, nav }) => (nav ? [{ href: path.replace(/\/:.*$/, ''), ...nav }] : []));
