// The app shell: top bar, routes (Browse and Settings load lazily), and the update banner.
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { deckList, selectDeck } from './state/deck';
import { useStore } from './ui/use-store';
import { Today } from './screens/today';
import { TopBar } from './shell/top-bar';
import { StorageErrorBanner } from './shell/storage-error-banner';
import { UpdateToast } from './shell/update-toast';

const ReviewRoute = lazy(() => import('./screens/review-route').then((m) => m.ReviewRoute));
const Browse = lazy(() => import('./screens/browse').then((m) => m.Browse));
const Stats = lazy(() => import('./screens/stats').then((m) => m.Stats));
const Settings = lazy(() => import('./screens/settings').then((m) => m.Settings));
const Decks = lazy(() => import('./screens/decks/decks').then((m) => m.Decks));
const MockRoute = lazy(() => import('./screens/mock/mock-route').then((m) => m.MockRoute));
const NotFound = lazy(() => import('./screens/not-found').then((m) => m.NotFound));

/** The routes, for the deck the address names (`?deck=ID`; the main deck without it). */
function Routes() {
  const { query } = useLocation();
  useStore(deckList); // render again when a deck is imported, updated, removed or restored
  // Chosen before the screens render, so each works on this deck; a new deck gives fresh screens.
  const deck = selectDeck(query.deck);
  return (
    <ErrorBoundary>
      <Router key={deck.id}>
        <Route path="/" component={Today} />
        <Route path="/review" component={ReviewRoute} />
        <Route path="/browse" component={Browse} />
        <Route path="/browse/:id" component={Browse} />
        <Route path="/stats" component={Stats} />
        <Route path="/settings" component={Settings} />
        <Route path="/decks" component={Decks} />
        <Route path="/mock" component={MockRoute} />
        <Route path="/mock/:id" component={MockRoute} />
        <Route default component={NotFound} />
      </Router>
    </ErrorBoundary>
  );
}

/** The whole app. */
export function App() {
  return (
    <LocationProvider>
      <TopBar />
      <StorageErrorBanner />
      <Routes />
      <UpdateToast />
    </LocationProvider>
  );
}
