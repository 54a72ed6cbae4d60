// The app shell: top bar, routes (Browse and Settings load lazily), and the update banner.
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { Today } from './screens/today';
import { UpdateToast } from './ui/update-toast';
import { storageError } from './ui/storage-error';
import { useStore } from './ui/store';

const ReviewRoute = lazy(() => import('./screens/review-route').then((m) => m.ReviewRoute));
const Browse = lazy(() => import('./screens/browse').then((m) => m.Browse));
const Settings = lazy(() => import('./screens/settings').then((m) => m.Settings));
const NotFound = lazy(() => import('./screens/not-found').then((m) => m.NotFound));

const NAV = [
  { href: '/', label: 'Today' },
  { href: '/browse', label: 'Browse' },
  { href: '/settings', label: 'Settings' },
];

function TopBar() {
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

function StorageErrorBanner() {
  const message = useStore(storageError);
  if (!message) return null;
  return (
    <p class="banner error storage-error" role="alert">
      {message}
    </p>
  );
}

/** The whole app. */
export function App() {
  return (
    <LocationProvider>
      <TopBar />
      <StorageErrorBanner />
      <ErrorBoundary>
        <Router>
          <Route path="/" component={Today} />
          <Route path="/review" component={ReviewRoute} />
          <Route path="/browse" component={Browse} />
          <Route path="/browse/:id" component={Browse} />
          <Route path="/settings" component={Settings} />
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
      <UpdateToast />
    </LocationProvider>
  );
}
