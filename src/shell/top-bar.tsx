// The top bar: skip link, the app's name, and the main navigation.
import { useLocation } from 'preact-iso';

const NAV = [
  { href: '/', label: 'Today' },
  { href: '/browse', label: 'Browse' },
  { href: '/settings', label: 'Settings' },
];

/** The header every screen shares. */
export function TopBar() {
  const { path } = useLocation();
  return (
    <header class="topbar">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <a class="brand" href="/">
        Rehearse
      </a>
      <nav aria-label="Main">
        {NAV.map((item) => (
          <a key={item.href} href={item.href} aria-current={path === item.href ? 'page' : undefined}>
            {item.label}
          </a>
        ))}
      </nav>
    </header>
  );
}
