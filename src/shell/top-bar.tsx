// The top bar: skip link, the app's name, and the main navigation (a bottom bar on phones, by CSS).
import { useLocation } from 'preact-iso';
import { useStore } from '../ui/use-store';
import { focusMode } from './focus-mode';
import { NAV_ICONS, isCurrent, type NavItem } from './nav-items';

/** The header every screen shares; `items` are the navigation's destinations (from the route table). */
export function TopBar({ items }: { items: readonly NavItem[] }) {
  const { path } = useLocation();
  const focused = useStore(focusMode);
  return (
    <header class="topbar">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <a class="brand" href="/">
        Rehearse
      </a>
      {/* One nav for every width: on wide screens it sits in this bar, on phones CSS pins it to the bottom. */}
      <nav aria-label="Main" class={focused ? 'nav focus' : 'nav'}>
        {items.map((item) => (
          <a key={item.href} href={item.href} aria-current={isCurrent(path, item.href) ? 'page' : undefined}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d={NAV_ICONS[item.icon]} />
            </svg>
            <span class="nav-label">{item.label}</span>
          </a>
        ))}
      </nav>
    </header>
  );
}
