// The app shell: top bar, the screens of the route table (src/routes.ts), and the update banner.
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { deckList, selectDeck } from './state/deck';
import { useStore } from './ui/use-store';
import { NAV_ITEMS, NOT_FOUND, ROUTES } from './routes';
import { TopBar } from './shell/top-bar';
import { StorageErrorBanner } from './shell/storage-error-banner';
import { UpdateToast } from './shell/update-toast';

/** The routes, for the deck the address names (`?deck=ID`; the main deck without it). */
function Routes() {
  const { query } = useLocation();
  useStore(deckList); // render again when a deck is imported, updated, removed or restored
  // Chosen before the screens render, so each works on this deck; a new deck gives fresh screens.
  const deck = selectDeck(query.deck);
  return (
    <ErrorBoundary>
      <Router key={deck.id}>
        {ROUTES.map(({ path, screen }) => (
          <Route key={path} path={path} component={screen} />
        ))}
        <Route default component={NOT_FOUND} />
      </Router>
    </ErrorBoundary>
  );
}

/** The whole app. */
export function App() {
  return (
    <LocationProvider>
      <TopBar items={NAV_ITEMS} />
      <StorageErrorBanner />
      <Routes />
      <UpdateToast />
    </LocationProvider>
  );
}
