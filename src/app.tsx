// The app shell: top bar, routes (Browse and Settings load lazily), and the update banner.
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { Today } from './screens/today';
import { TopBar } from './shell/top-bar';
import { StorageErrorBanner } from './shell/storage-error-banner';
import { UpdateToast } from './shell/update-toast';

const ReviewRoute = lazy(() => import('./screens/review-route').then((m) => m.ReviewRoute));
const Browse = lazy(() => import('./screens/browse').then((m) => m.Browse));
const Stats = lazy(() => import('./screens/stats').then((m) => m.Stats));
const Settings = lazy(() => import('./screens/settings').then((m) => m.Settings));
const NotFound = lazy(() => import('./screens/not-found').then((m) => m.NotFound));

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
          <Route path="/stats" component={Stats} />
          <Route path="/settings" component={Settings} />
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
      <UpdateToast />
    </LocationProvider>
  );
}
